<?php
/**
 * Loads the library's script and stylesheet, only on pages that show a widget.
 *
 * WordPress 6.5 and later: a script module (`wp_enqueue_script_module`). Before 6.5 that function
 * does not exist (calling it is a fatal error): a classic script handle whose tag gets
 * `type="module"` from the `script_loader_tag` filter. The chunks (Spanish text, the clinic-data
 * checker) load relative to the script's own URL, so they are served from this plugin's `chunks/`.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The script handle / module id and the stylesheet handle. */
const KETAMINE_WIDGETS_HANDLE = 'ketamine-widgets';

/** Whether some post content shows a widget: one of the shortcodes, or one of the raw tags. */
function ketamine_widgets_content_uses( $content ) {
	$content = (string) $content;
	if ( '' === $content ) {
		return false;
	}
	foreach ( array_keys( ketamine_widgets_shortcodes() ) as $shortcode ) {
		if ( has_shortcode( $content, $shortcode ) ) {
			return true;
		}
	}
	return 1 === preg_match( '/<(?:ketamine-facts|dose-range|risk-checklist)[\s>\/]/i', $content );
}

/** Enqueues the stylesheet and the script once. Safe to call late (they print in the footer then). */
function ketamine_widgets_enqueue() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	$base = plugins_url( '', KETAMINE_WIDGETS_FILE );
	wp_enqueue_style( KETAMINE_WIDGETS_HANDLE, $base . '/ketamine-widgets.css', array(), KETAMINE_WIDGETS_VERSION );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( KETAMINE_WIDGETS_HANDLE, $base . '/ketamine-widgets.js', array(), KETAMINE_WIDGETS_VERSION );
	} else {
		wp_enqueue_script( KETAMINE_WIDGETS_HANDLE, $base . '/ketamine-widgets.js', array(), KETAMINE_WIDGETS_VERSION, false );
	}
}

/**
 * Before WordPress 6.5: makes the classic script tag a module tag (the drop-in is an ES module).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle Its handle.
 */
function ketamine_widgets_module_tag( $tag, $handle ) {
	if ( KETAMINE_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'ketamine_widgets_module_tag', 10, 2 );

/** In `<head>`: enqueues when a post of the main query shows a widget. */
function ketamine_widgets_maybe_enqueue() {
	global $wp_query;
	/**
	 * Filters whether every front-end page loads the script and stylesheet (e.g. for widgets
	 * placed by a theme). Default false: only pages whose posts show a widget.
	 */
	if ( apply_filters( 'ketamine_widgets_load_everywhere', false ) ) {
		ketamine_widgets_enqueue();
		return;
	}
	$posts = ( $wp_query instanceof WP_Query && is_array( $wp_query->posts ) ) ? $wp_query->posts : array();
	foreach ( $posts as $post ) {
		if ( $post instanceof WP_Post && ketamine_widgets_content_uses( $post->post_content ) ) {
			ketamine_widgets_enqueue();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'ketamine_widgets_maybe_enqueue' );
