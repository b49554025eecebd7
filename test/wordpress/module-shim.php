<?php
/**
 * Test-only mu-plugin: WordPress 6.5's script-module API on 6.1, printing what 6.5 prints
 * (`<script type="module" src="…?ver=…" id="<id>-js-module">`), so the end-to-end test can check
 * the 6.5+ branch of the plugin and of the documented manual route on Debian's 6.1.
 */
if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
	$GLOBALS['kw_test_modules'] = array();
	function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
		$GLOBALS['kw_test_modules'][ $id ] = add_query_arg( 'ver', $version ? $version : get_bloginfo( 'version' ), $src );
	}
	add_action(
		'wp_footer',
		function () {
			foreach ( $GLOBALS['kw_test_modules'] as $id => $src ) {
				printf( '<script type="module" src="%s" id="%s"></script>' . "\n", esc_url( $src ), esc_attr( $id . '-js-module' ) );
			}
		}
	);
}
