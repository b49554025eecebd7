<?php
/**
 * Prerendered content: `prerendered/<tag>.<lang>.html` in the plugin folder (written by the
 * library's server renderer and copied in by `npm run build`) holds an element's declarative
 * shadow DOM for the default attributes, so the page reads without JavaScript. No file, no
 * prerendered content: the element renders in the browser as before.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The inner HTML prerendered for `<tag lang="lang">` with no other attribute, or ''.
 *
 * The file may hold the element's inner HTML or the whole element; either way the element's own
 * start and end tags are dropped (the shortcode writes them with its validated attributes). The
 * snippet's stylesheet links point at the renderer's default base, `/ketamine-widgets/`; they are
 * rewritten to this plugin's folder.
 *
 * @param string $tag  One of the three tags.
 * @param string $lang `en` or `es`.
 */
function ketamine_widgets_prerendered( $tag, $lang ) {
	static $cache = array();
	if ( ! in_array( $tag, ketamine_widgets_tags(), true ) || ! in_array( $lang, array( 'en', 'es' ), true ) ) {
		return '';
	}
	$key = $tag . '.' . $lang;
	if ( ! isset( $cache[ $key ] ) ) {
		$file = KETAMINE_WIDGETS_DIR . 'prerendered/' . $key . '.html';
		$html = is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$html = trim( $html );
		if ( preg_match( '#^<' . $tag . '\b[^>]*>(.*)</' . $tag . '>$#s', $html, $m ) ) {
			$html = $m[1];
		}
		if ( '' !== $html ) {
			$base = trailingslashit( plugins_url( '', KETAMINE_WIDGETS_FILE ) );
			$html = preg_replace( '#((?:href|src)=["\'])/ketamine-widgets/#', '${1}' . $base, $html );
		}
		/**
		 * Filters the prerendered inner HTML of an element (trusted HTML: it is printed as is).
		 *
		 * @param string $html The snippet, or '' when there is none.
		 * @param string $tag  The element's tag.
		 * @param string $lang Its language.
		 */
		$cache[ $key ] = (string) apply_filters( 'ketamine_widgets_prerendered', $html, $tag, $lang );
	}
	return $cache[ $key ];
}

/** The site's language as the elements resolve it without a `lang` attribute: `es` or `en`. */
function ketamine_widgets_site_lang() {
	return 0 === stripos( (string) get_bloginfo( 'language' ), 'es' ) ? 'es' : 'en';
}
