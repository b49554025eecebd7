<?php
/**
 * Raw tags in post content, at view time (after shortcodes):
 * - with clinic settings saved, each tag without its own `src` or inline clinic JSON gets `src`
 *   pointing at the REST route, so raw tags show the clinic's details like the shortcodes;
 * - `wpautop` in classic content wraps a tag alone on its line in `<p>` and adds `<br />` after
 *   it: both are removed, so nothing pushes the widget down.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param string $content Post content, after shortcodes.
 */
function ketamine_widgets_filter_content( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '<' ) || ! preg_match( '/<(?:ketamine-facts|dose-range|risk-checklist)[\s>]/i', $content ) ) {
		return $content;
	}
	$tags = '(?:ketamine-facts|dose-range|risk-checklist)';

	// <p><dose-range …>…</dose-range></p> (wpautop) → the element alone; and a <br /> after the tag.
	$content = preg_replace( '#<p>\s*(<(' . $tags . ')\b[^>]*>(?:(?!</?p\b).)*?</\2>)\s*</p>#is', '$1', $content );
	$content = preg_replace( '#(<' . $tags . '\b[^>]*>)\s*<br\s*/?>\s*#i', '$1', $content );
	$content = preg_replace( '#(</' . $tags . '>)\s*<br\s*/?>#i', '$1', $content );

	$src = ketamine_widgets_clinic_src();
	if ( '' !== $src ) {
		$content = preg_replace_callback(
			'#<(' . $tags . ')\b([^>]*)>(?!\s*<script)#i',
			function ( $m ) use ( $src ) {
				if ( preg_match( '/\ssrc\s*=/i', $m[2] ) ) {
					return $m[0];
				}
				$attrs = rtrim( $m[2] );
				$close = '';
				if ( '/' === substr( $attrs, -1 ) ) {
					$attrs = rtrim( substr( $attrs, 0, -1 ) );
					$close = '/';
				}
				return '<' . $m[1] . $attrs . ' src="' . esc_attr( $src ) . '"' . $close . '>';
			},
			$content
		);
	}
	return $content;
}
add_filter( 'the_content', 'ketamine_widgets_filter_content', 12 );
