<?php
/**
 * The clinic dataset: stored in the option `ketamine_widgets_clinic` as a JSON string, validated
 * against the library's JSON Schema (`ketamine-dataset.schema.json`, generated from the same zod
 * schema the widgets check in the browser) before it is saved.
 *
 * Validation uses justinrainbow/json-schema (`JsonSchema\Validator`: Debian's php-json-schema, or
 * any copy another plugin loaded) when present, else the small validator below, which covers the
 * keywords the schema uses. Then the checks JSON Schema cannot express, against the bundled data
 * (`data/bundled.json`): dose bounds in order once merged, cited sources known, new groups titled.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The saved dataset as a JSON string, or '' when there is none. */
function ketamine_widgets_clinic_json() {
	$json = get_option( KETAMINE_WIDGETS_OPTION, '' );
	return is_string( $json ) && '' !== trim( $json ) && '{}' !== trim( $json ) ? $json : '';
}

/** The saved dataset decoded to arrays, or an empty array. */
function ketamine_widgets_clinic_data() {
	$data = json_decode( ketamine_widgets_clinic_json(), true );
	return is_array( $data ) ? $data : array();
}

/** The REST URL the widgets' `src` points at, or '' when no clinic dataset is saved. */
function ketamine_widgets_clinic_src() {
	$json = ketamine_widgets_clinic_json();
	if ( '' === $json ) {
		return '';
	}
	// The version changes with the data, so no cache between the site and the reader serves old data.
	return add_query_arg( 'v', substr( md5( $json ), 0, 8 ), rest_url( 'ketamine-widgets/v1/clinic' ) );
}

/** A JSON file of this plugin, decoded (objects as stdClass, or arrays with $assoc). */
function ketamine_widgets_read_json( $relative, $assoc = false ) {
	$file = KETAMINE_WIDGETS_DIR . $relative;
	if ( ! is_readable( $file ) ) {
		return null;
	}
	return json_decode( (string) file_get_contents( $file ), $assoc ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
}

/** The clinic dataset's JSON Schema (draft 2020-12, as the build writes it). */
function ketamine_widgets_schema() {
	static $schema = null;
	if ( null === $schema ) {
		$schema = ketamine_widgets_read_json( 'ketamine-dataset.schema.json' );
	}
	return $schema;
}

/** Bundled sources (id, short), dose and checklist ids: what a clinic dataset is merged over. */
function ketamine_widgets_bundled() {
	static $bundled = null;
	if ( null === $bundled ) {
		$bundled = ketamine_widgets_read_json( 'data/bundled.json', true );
		if ( ! is_array( $bundled ) ) {
			$bundled = array();
		}
	}
	return $bundled;
}

/**
 * The schema in the dialect of justinrainbow/json-schema 5 (draft-04): a numeric
 * `exclusiveMinimum`/`exclusiveMaximum` becomes `minimum` + `true`, `const` becomes `enum`.
 *
 * @param mixed $node A schema node.
 */
function ketamine_widgets_schema_draft04( $node ) {
	if ( is_array( $node ) ) {
		return array_map( 'ketamine_widgets_schema_draft04', $node );
	}
	if ( ! is_object( $node ) ) {
		return $node;
	}
	$out = new stdClass();
	foreach ( get_object_vars( $node ) as $key => $value ) {
		if ( '$schema' === $key || '$id' === $key ) {
			continue;
		}
		if ( 'exclusiveMinimum' === $key && is_numeric( $value ) ) {
			$out->minimum          = $value;
			$out->exclusiveMinimum = true;
		} elseif ( 'exclusiveMaximum' === $key && is_numeric( $value ) ) {
			$out->maximum          = $value;
			$out->exclusiveMaximum = true;
		} elseif ( 'const' === $key ) {
			$out->enum = array( $value );
		} elseif ( 'properties' === $key && is_object( $value ) ) {
			// Property names are data here, not keywords.
			$props = new stdClass();
			foreach ( get_object_vars( $value ) as $name => $sub ) {
				$props->$name = ketamine_widgets_schema_draft04( $sub );
			}
			$out->properties = $props;
		} else {
			$out->$key = ketamine_widgets_schema_draft04( $value );
		}
	}
	return $out;
}

/** Whether justinrainbow/json-schema can be used (loading Debian's copy when present). */
function ketamine_widgets_has_json_schema_library() {
	/** Filters whether to use justinrainbow/json-schema when present (false: the built-in validator). */
	if ( ! apply_filters( 'ketamine_widgets_use_json_schema_library', true ) ) {
		return false;
	}
	if ( ! class_exists( 'JsonSchema\\Validator' ) && is_readable( '/usr/share/php/JsonSchema/autoload.php' ) ) {
		require_once '/usr/share/php/JsonSchema/autoload.php';
	}
	return class_exists( 'JsonSchema\\Validator' );
}

/**
 * Validates a clinic dataset. Returns its problems as field path => message, the path written
 * like the widgets' console messages ("dose.mgPerKgMax", "checklist.groups.0.items.1.sources").
 *
 * @param mixed $data The dataset decoded with objects as stdClass (json_decode without $assoc).
 * @return array<string, string> Empty when valid.
 */
function ketamine_widgets_validate_dataset( $data ) {
	$schema = ketamine_widgets_schema();
	if ( ! is_object( $schema ) ) {
		return array( '(schema)' => 'ketamine-dataset.schema.json is missing from the plugin folder' );
	}
	$errors = array();
	if ( ketamine_widgets_has_json_schema_library() ) {
		$validator = new JsonSchema\Validator();
		$validator->validate( $data, ketamine_widgets_schema_draft04( $schema ) );
		foreach ( $validator->getErrors() as $error ) {
			$path = preg_replace( '/\[(\d+)\]/', '.$1', (string) $error['property'] );
			$path = '' === $path ? '(root)' : ltrim( $path, '.' );
			if ( ! isset( $errors[ $path ] ) ) {
				$errors[ $path ] = (string) $error['message'];
			}
		}
	} else {
		ketamine_widgets_check_schema( $data, $schema, array(), $errors );
	}
	if ( ! $errors ) {
		$errors = ketamine_widgets_check_merged( json_decode( wp_json_encode( $data ), true ) );
	}
	return $errors;
}

/**
 * What JSON Schema cannot say, checked against the bundled data the dataset is merged over.
 *
 * @param array $data The dataset as arrays.
 * @return array<string, string>
 */
function ketamine_widgets_check_merged( $data ) {
	$bundled = ketamine_widgets_bundled();
	$errors  = array();
	$dose    = array_merge( isset( $bundled['dose'] ) ? $bundled['dose'] : array(), isset( $data['dose'] ) ? (array) $data['dose'] : array() );
	if ( isset( $dose['mgPerKgMin'], $dose['mgPerKgMax'] ) && $dose['mgPerKgMin'] > $dose['mgPerKgMax'] ) {
		$errors['dose.mgPerKgMax'] = sprintf( 'must not be below mgPerKgMin (%s)', $dose['mgPerKgMin'] );
	}
	if ( isset( $dose['weightKgMin'], $dose['weightKgMax'] ) && $dose['weightKgMin'] >= $dose['weightKgMax'] ) {
		$errors['dose.weightKgMax'] = sprintf( 'must be above weightKgMin (%s)', $dose['weightKgMin'] );
	}
	$url = isset( $data['clinic']['url'] ) ? (string) $data['clinic']['url'] : '';
	if ( '' !== $url && 0 !== strpos( $url, 'https://' ) ) {
		$errors['clinic.url'] = 'must be an https:// address';
	}
	$known = array();
	foreach ( isset( $bundled['sources'] ) ? $bundled['sources'] : array() as $source ) {
		$known[ $source['id'] ] = true;
	}
	foreach ( isset( $data['sources'] ) ? (array) $data['sources'] : array() as $source ) {
		if ( isset( $source['id'] ) ) {
			$known[ $source['id'] ] = true;
		}
	}
	$groups = isset( $data['checklist']['groups'] ) ? (array) $data['checklist']['groups'] : array();
	$bundled_groups = isset( $bundled['groups'] ) ? $bundled['groups'] : array();
	foreach ( $groups as $g => $group ) {
		if ( ! isset( $group['title'] ) && isset( $group['id'] ) && ! in_array( $group['id'], $bundled_groups, true ) ) {
			$errors[ "checklist.groups.$g.title" ] = 'a new group needs a title';
		}
		foreach ( isset( $group['items'] ) ? (array) $group['items'] : array() as $i => $item ) {
			foreach ( isset( $item['sources'] ) ? (array) $item['sources'] : array() as $s => $ref ) {
				if ( ! isset( $known[ $ref ] ) ) {
					$errors[ "checklist.groups.$g.items.$i.sources.$s" ] = sprintf( 'unknown source "%s"', $ref );
				}
			}
		}
	}
	return $errors;
}

/**
 * The built-in validator: the JSON Schema keywords ketamine-dataset.schema.json uses (type, enum,
 * const, properties, required, additionalProperties, items, minItems, maxItems, minLength,
 * maxLength, pattern, format date/uri, minimum, maximum, exclusiveMinimum, exclusiveMaximum,
 * oneOf, anyOf). Collects the first problem per path into $errors.
 *
 * @param mixed    $value  The value (objects as stdClass).
 * @param object   $schema Its schema node.
 * @param string[] $path   Where it is.
 * @param array    $errors Path => message.
 */
function ketamine_widgets_check_schema( $value, $schema, $path, &$errors ) {
	$at  = $path ? implode( '.', $path ) : '(root)';
	$add = function ( $message ) use ( $at, &$errors ) {
		if ( ! isset( $errors[ $at ] ) ) {
			$errors[ $at ] = $message;
		}
	};
	if ( ! is_object( $schema ) ) {
		return;
	}
	foreach ( array( 'oneOf', 'anyOf' ) as $keyword ) {
		if ( isset( $schema->$keyword ) && is_array( $schema->$keyword ) ) {
			$matches = 0;
			foreach ( $schema->$keyword as $option ) {
				$sub = array();
				ketamine_widgets_check_schema( $value, $option, $path, $sub );
				$matches += $sub ? 0 : 1;
			}
			if ( 0 === $matches || ( 'oneOf' === $keyword && $matches > 1 ) ) {
				$add( 'does not match exactly one of the allowed shapes' );
				return;
			}
		}
	}
	if ( isset( $schema->type ) ) {
		$types = (array) $schema->type;
		$ok    = false;
		foreach ( $types as $type ) {
			$ok = $ok || ketamine_widgets_is_type( $value, $type );
		}
		if ( ! $ok ) {
			$add( sprintf( 'must be %s', implode( ' or ', $types ) ) );
			return;
		}
	}
	if ( isset( $schema->enum ) && ! in_array( $value, (array) $schema->enum, true ) ) {
		$add( sprintf( 'must be one of %s', implode( ', ', array_map( 'wp_json_encode', (array) $schema->enum ) ) ) );
	}
	if ( property_exists( $schema, 'const' ) && $value !== $schema->const ) {
		$add( sprintf( 'must be %s', wp_json_encode( $schema->const ) ) );
	}
	if ( is_string( $value ) ) {
		$length = preg_match_all( '/./us', $value );
		if ( isset( $schema->minLength ) && $length < $schema->minLength ) {
			$add( sprintf( 'must be at least %d characters long', $schema->minLength ) );
		}
		if ( isset( $schema->maxLength ) && $length > $schema->maxLength ) {
			$add( sprintf( 'must be at most %d characters long', $schema->maxLength ) );
		}
		if ( isset( $schema->pattern ) && 1 !== preg_match( '~' . str_replace( '~', '\\~', $schema->pattern ) . '~u', $value ) ) {
			$add( sprintf( 'does not match the pattern %s', $schema->pattern ) );
		}
		if ( isset( $schema->format ) ) {
			if ( 'date' === $schema->format && ! ( preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $d ) && checkdate( (int) $d[2], (int) $d[3], (int) $d[1] ) ) ) {
				$add( 'must be a date (YYYY-MM-DD)' );
			}
			if ( 'uri' === $schema->format && ! preg_match( '#^[a-z][a-z0-9+.-]*:\S+$#i', $value ) ) {
				$add( 'must be an address such as https://example.org' );
			}
		}
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		if ( isset( $schema->minimum ) && $value < $schema->minimum ) {
			$add( sprintf( 'must be at least %s', $schema->minimum ) );
		}
		if ( isset( $schema->maximum ) && $value > $schema->maximum ) {
			$add( sprintf( 'must be at most %s', $schema->maximum ) );
		}
		if ( isset( $schema->exclusiveMinimum ) && is_numeric( $schema->exclusiveMinimum ) && $value <= $schema->exclusiveMinimum ) {
			$add( sprintf( 'must be greater than %s', $schema->exclusiveMinimum ) );
		}
		if ( isset( $schema->exclusiveMaximum ) && is_numeric( $schema->exclusiveMaximum ) && $value >= $schema->exclusiveMaximum ) {
			$add( sprintf( 'must be less than %s', $schema->exclusiveMaximum ) );
		}
	}
	if ( is_array( $value ) ) {
		if ( isset( $schema->minItems ) && count( $value ) < $schema->minItems ) {
			$add( sprintf( 'must list at least %d', $schema->minItems ) );
		}
		if ( isset( $schema->maxItems ) && count( $value ) > $schema->maxItems ) {
			$add( sprintf( 'must list at most %d', $schema->maxItems ) );
		}
		if ( isset( $schema->items ) && is_object( $schema->items ) ) {
			foreach ( $value as $i => $item ) {
				ketamine_widgets_check_schema( $item, $schema->items, array_merge( $path, array( (string) $i ) ), $errors );
			}
		}
	}
	if ( is_object( $value ) ) {
		$props = isset( $schema->properties ) && is_object( $schema->properties ) ? get_object_vars( $schema->properties ) : array();
		foreach ( isset( $schema->required ) ? (array) $schema->required : array() as $name ) {
			if ( ! property_exists( $value, $name ) ) {
				$errors[ ltrim( implode( '.', $path ) . '.' . $name, '.' ) ] = 'is required';
			}
		}
		foreach ( get_object_vars( $value ) as $name => $sub ) {
			if ( isset( $props[ $name ] ) ) {
				ketamine_widgets_check_schema( $sub, $props[ $name ], array_merge( $path, array( (string) $name ) ), $errors );
			} elseif ( isset( $schema->additionalProperties ) && false === $schema->additionalProperties ) {
				$errors[ ltrim( implode( '.', $path ) . '.' . $name, '.' ) ] = 'is not a known field';
			}
		}
	}
}

/** JSON Schema's types, for PHP values decoded from JSON with objects as stdClass. */
function ketamine_widgets_is_type( $value, $type ) {
	switch ( $type ) {
		case 'string':
			return is_string( $value );
		case 'integer':
			return is_int( $value ) || ( is_float( $value ) && floor( $value ) === $value && abs( $value ) < PHP_INT_MAX );
		case 'number':
			return is_int( $value ) || is_float( $value );
		case 'boolean':
			return is_bool( $value );
		case 'array':
			return is_array( $value );
		case 'object':
			return is_object( $value );
		case 'null':
			return null === $value;
	}
	return true;
}
