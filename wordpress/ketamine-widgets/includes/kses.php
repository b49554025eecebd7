<?php
/**
 * Lets the three tags and their attributes survive KSES for every role, so an Author's or a
 * Contributor's raw `<dose-range weight="70">` is kept on save. `<script>` (the inline clinic
 * JSON) cannot be allowed safely and is not: the clinic data comes from Settings → Ketamine
 * widgets instead. `src` is not allowed either: an author cannot point a widget at other data.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param array  $tags    Allowed tags => attributes.
 * @param string $context The KSES context.
 */
function ketamine_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( ketamine_widgets_attributes() as $tag => $attributes ) {
		$tags[ $tag ] = array_fill_keys( array_keys( $attributes ), true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'ketamine_widgets_kses_allowed_html', 10, 2 );
