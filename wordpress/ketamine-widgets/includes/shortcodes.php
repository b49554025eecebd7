<?php
/**
 * [ketamine_facts], [dose_range] and [risk_checklist]: produced at view time, so KSES never sees
 * them and they work whatever the role of the person who saved the post.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Shortcode => element tag. */
function ketamine_widgets_shortcodes() {
	return array(
		'ketamine_facts' => 'ketamine-facts',
		'dose_range'     => 'dose-range',
		'risk_checklist' => 'risk-checklist',
	);
}

/**
 * Renders one shortcode as its element.
 *
 * Attributes are checked against the element's allow-lists; a bad one is left out (the element
 * uses its default) and named in an HTML comment. With clinic settings saved, `src` points at
 * the REST route that serves them. With no attribute but `lang` and no clinic settings, the
 * prerendered content is put inside when the plugin has it.
 *
 * @param array|string $atts      Shortcode attributes ('' when none).
 * @param string|null  $content   Enclosed content (ignored).
 * @param string       $shortcode The shortcode's name.
 */
function ketamine_widgets_shortcode( $atts, $content, $shortcode ) {
	$map = ketamine_widgets_shortcodes();
	if ( ! isset( $map[ $shortcode ] ) ) {
		return '';
	}
	$tag     = $map[ $shortcode ];
	$checked = ketamine_widgets_validate_attributes( $tag, is_array( $atts ) ? $atts : array() );
	$attrs   = $checked['attrs'];
	ketamine_widgets_enqueue( $tag );

	$src   = ketamine_widgets_clinic_src();
	$inner = '';
	if ( '' === $src && array() === array_diff( array_keys( $attrs ), array( 'lang' ) ) ) {
		$lang  = isset( $attrs['lang'] ) ? strtolower( substr( $attrs['lang'], 0, 2 ) ) : ketamine_widgets_site_lang();
		$inner = ketamine_widgets_prerendered( $tag, $lang );
	}
	if ( '' !== $src ) {
		$attrs['src'] = $src;
	}

	$note = '';
	if ( $checked['problems'] ) {
		// Inert inside a comment: no "<", ">" or "--" (which could end it early).
		$text = str_replace( array( '<', '>', '--' ), array( '', '', '- -' ), implode( '; ', $checked['problems'] ) );
		$text = str_replace( '--', '- -', $text );
		$note = '<!-- [' . $shortcode . '] ' . $text . '; left out, the default applies -->';
	}
	return $note . ketamine_widgets_element_html( $tag, $attrs, $inner );
}

foreach ( array_keys( ketamine_widgets_shortcodes() ) as $ketamine_widgets_shortcode ) {
	add_shortcode( $ketamine_widgets_shortcode, 'ketamine_widgets_shortcode' );
}
unset( $ketamine_widgets_shortcode );
