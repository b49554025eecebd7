<?php
/**
 * Loads the library's script and stylesheet, only on pages that show a widget. A page that shows
 * one element (however many times) gets that element's own script (`dose-range.js`: 22 KB gzip
 * against the drop-in's 37 KB); a page with two or three gets the drop-in.
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

/**
 * The elements some post content shows: those of its shortcodes and raw tags, in no set order.
 *
 * @param string $content Post content.
 * @return string[] Tag names.
 */
function ketamine_widgets_content_tags( $content ) {
	$content = (string) $content;
	if ( '' === $content ) {
		return array();
	}
	$tags = array();
	foreach ( ketamine_widgets_shortcodes() as $shortcode => $tag ) {
		if ( has_shortcode( $content, $shortcode ) ) {
			$tags[] = $tag;
		}
	}
	if ( preg_match_all( '/<(ketamine-facts|dose-range|risk-checklist)[\s>\/]/i', $content, $found ) ) {
		$tags = array_merge( $tags, array_map( 'strtolower', $found[1] ) );
	}
	return array_values( array_unique( $tags ) );
}

/** Whether some post content shows a widget: one of the shortcodes, or one of the raw tags. */
function ketamine_widgets_content_uses( $content ) {
	return array() !== ketamine_widgets_content_tags( $content );
}

/**
 * The handle (module id) and file of the script for `$tag`: the element's own script, which
 * registers it alone and carries only its share of the content, or with '' the drop-in, which
 * registers all three.
 *
 * @param string $tag An element tag, or ''.
 * @return string[] array( handle, file name ).
 */
function ketamine_widgets_script( $tag ) {
	if ( '' === $tag || ! in_array( $tag, ketamine_widgets_shortcodes(), true ) ) {
		return array( KETAMINE_WIDGETS_HANDLE, 'ketamine-widgets.js' );
	}
	return array( KETAMINE_WIDGETS_HANDLE . '-' . $tag, $tag . '.js' );
}

/**
 * Enqueues the stylesheet and a script that registers `$tag` ('' for all three). Safe to call
 * late (they print in the footer then). A page that shows one element gets that element's own,
 * smaller script; once a second element is asked for, the drop-in comes too and registers the
 * rest (the first script to register an element keeps it; loading both is harmless, and under a
 * `trusted-types` CSP the site lists `lit-html 'allow-duplicates'`, as docs/EMBEDDING.md says).
 *
 * @param string $tag The element the page shows, or '' when it shows more than one.
 */
function ketamine_widgets_enqueue( $tag = '' ) {
	static $loaded = array();
	$base = plugins_url( '', KETAMINE_WIDGETS_FILE );
	if ( array() === $loaded ) {
		wp_enqueue_style( KETAMINE_WIDGETS_HANDLE, $base . '/ketamine-widgets.css', array(), KETAMINE_WIDGETS_VERSION );
	}
	if ( isset( $loaded[''] ) || isset( $loaded[ $tag ] ) ) {
		return;
	}
	if ( array() !== $loaded ) {
		// Another element's own script is here already: this one needs the drop-in.
		$tag = '';
	} elseif ( '' !== $tag && ( apply_filters( 'ketamine_widgets_load_everywhere', false ) || array() !== array_diff( ketamine_widgets_query_tags(), array( $tag ) ) ) ) {
		// The page's posts show another element too (a block theme renders the content, and so
		// its shortcodes, before <head>), or every page loads the drop-in: the drop-in from the start.
		$tag = '';
	}
	$loaded[ $tag ] = true;
	list( $handle, $file ) = ketamine_widgets_script( $tag );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( $handle, $base . '/' . $file, array(), KETAMINE_WIDGETS_VERSION );
	} else {
		wp_enqueue_script( $handle, $base . '/' . $file, array(), KETAMINE_WIDGETS_VERSION, false );
	}
}

/**
 * Before WordPress 6.5: makes the classic script tag a module tag (the drop-in is an ES module).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle Its handle.
 */
function ketamine_widgets_module_tag( $tag, $handle ) {
	if ( KETAMINE_WIDGETS_HANDLE !== $handle && 0 !== strpos( $handle, KETAMINE_WIDGETS_HANDLE . '-' ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'ketamine_widgets_module_tag', 10, 2 );

/**
 * The elements the posts of the main query show.
 *
 * @return string[] Tag names.
 */
function ketamine_widgets_query_tags() {
	global $wp_query;
	$posts = ( $wp_query instanceof WP_Query && is_array( $wp_query->posts ) ) ? $wp_query->posts : array();
	$tags  = array();
	foreach ( $posts as $post ) {
		if ( $post instanceof WP_Post ) {
			$tags = array_merge( $tags, ketamine_widgets_content_tags( $post->post_content ) );
		}
	}
	return array_values( array_unique( $tags ) );
}

/** In `<head>`: enqueues when a post of the main query shows a widget. */
function ketamine_widgets_maybe_enqueue() {
	/**
	 * Filters whether every front-end page loads the script and stylesheet (e.g. for widgets
	 * placed by a theme). Default false: only pages whose posts show a widget.
	 */
	if ( apply_filters( 'ketamine_widgets_load_everywhere', false ) ) {
		ketamine_widgets_enqueue();
		return;
	}
	$tags = ketamine_widgets_query_tags();
	if ( array() !== $tags ) {
		// One element on the page: its own script; two or three: the drop-in.
		ketamine_widgets_enqueue( 1 === count( $tags ) ? reset( $tags ) : '' );
	}
}
add_action( 'wp_enqueue_scripts', 'ketamine_widgets_maybe_enqueue' );
