<?php
/**
 * The three elements' attributes, as allow-lists that match the elements' own API (README,
 * src/internal/values.ts, the components' `as const` lists), and the one function that writes a tag.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every attribute an author may set, per tag: a list of allowed values, or a pattern.
 * Shared by the shortcodes (validation) and the KSES allow-list (which attributes survive).
 *
 * @return array<string, array<string, array{values?: string[], pattern?: string, hint: string}>>
 */
function ketamine_widgets_attributes() {
	$shared = array(
		// `en` or `es`; regional tags such as es-MX work (the element reads the primary subtag).
		'lang'          => array(
			'pattern' => '/^(en|es)(-[A-Za-z0-9]{2,8})*$/i',
			'hint'    => 'en or es (regional tags such as es-MX work)',
		),
		'heading-level' => array(
			'values' => array( '1', '2', '3', '4', '5', '6' ),
			'hint'   => 'a whole number from 1 to 6',
		),
		'color-scheme'  => array(
			'values' => array( 'auto', 'light', 'dark' ),
			'hint'   => 'auto, light or dark',
		),
	);
	return array(
		'ketamine-facts' => $shared + array(
			// Section ids separated by spaces or commas; unknown ids are skipped by the element.
			'sections' => array(
				'pattern' => '/^[a-z0-9]+(?:-[a-z0-9]+)*(?:[\s,]+[a-z0-9]+(?:-[a-z0-9]+)*)*$/',
				'hint'    => 'section ids separated by spaces or commas',
			),
			'variant'  => array(
				'values' => array( 'full', 'compact' ),
				'hint'   => 'full or compact',
			),
		),
		'dose-range'     => $shared + array(
			// "70", "154.5", "70,5", "154 lb": what the element's own parser accepts.
			'weight' => array(
				'pattern' => '/^\d{1,4}(?:[.,]\d{1,3})?(?:\s*(?:kg|lb))?$/i',
				'hint'    => 'a number such as 70 or 154.5, optionally followed by kg or lb',
			),
			'unit'   => array(
				'values' => array( 'kg', 'lb' ),
				'hint'   => 'kg or lb',
			),
		),
		'risk-checklist' => $shared + array(
			// The form field name the ticked ids are submitted under.
			'name' => array(
				'pattern' => '/^[A-Za-z_][A-Za-z0-9_\-\[\]]{0,63}$/',
				'hint'    => 'a form field name (letters, digits, _ - [ ])',
			),
		),
	);
}

/** The three tags. */
function ketamine_widgets_tags() {
	return array_keys( ketamine_widgets_attributes() );
}

/**
 * Checks attribute values against the allow-lists. Unknown attributes and bad values are left
 * out (the element then uses its default), and each is named in `problems`.
 *
 * @param string $tag   One of the three tags.
 * @param array  $given Attribute name => value (shortcode attributes: names may use _ for -).
 * @return array{attrs: array<string,string>, problems: string[]}
 */
function ketamine_widgets_validate_attributes( $tag, $given ) {
	$all      = ketamine_widgets_attributes();
	$allowed  = isset( $all[ $tag ] ) ? $all[ $tag ] : array();
	$attrs    = array();
	$problems = array();
	foreach ( (array) $given as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word in a shortcode ([dose_range compact]): not an attribute we know.
			$problems[] = sprintf( '"%s" is not an attribute', $value );
			continue;
		}
		$name  = str_replace( '_', '-', strtolower( (string) $name ) );
		$value = trim( (string) $value );
		if ( ! isset( $allowed[ $name ] ) ) {
			$problems[] = sprintf( '%s is not an attribute of <%s>', $name, $tag );
			continue;
		}
		$rule = $allowed[ $name ];
		$ok   = isset( $rule['values'] )
			? in_array( strtolower( $value ), $rule['values'], true )
			: 1 === preg_match( $rule['pattern'], $value );
		if ( $ok ) {
			$attrs[ $name ] = isset( $rule['values'] ) ? strtolower( $value ) : $value;
		} else {
			$problems[] = sprintf( '%s="%s" is not %s', $name, $value, $rule['hint'] );
		}
	}
	return array(
		'attrs'    => $attrs,
		'problems' => $problems,
	);
}

/**
 * `<tag name="value" …>inner</tag>`, every attribute escaped. `$inner` must already be safe HTML.
 *
 * @param string               $tag   One of the three tags.
 * @param array<string,string> $attrs Validated attributes.
 * @param string               $inner Trusted inner HTML (a prerendered snippet) or ''.
 */
function ketamine_widgets_element_html( $tag, $attrs, $inner = '' ) {
	if ( ! in_array( $tag, ketamine_widgets_tags(), true ) ) {
		return '';
	}
	$html = '<' . $tag;
	foreach ( $attrs as $name => $value ) {
		$html .= ' ' . preg_replace( '/[^a-z-]/', '', $name ) . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . $inner . '</' . $tag . '>';
}
