<?php
/**
 * A form generated from the clinic dataset's JSON Schema: each field's input type, limits and
 * required marks come from the schema, so a field the schema gains (e.g. in `clinic`) appears
 * in the form without a change here. The same walk reads the submitted values back into a
 * dataset, which is then validated against the same schema (dataset.php).
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The parts of the dataset the settings page edits, in order. */
function ketamine_widgets_form_parts() {
	return array(
		array(
			'path'  => array( 'clinic' ),
			'title' => __( 'Your clinic', 'ketamine-widgets' ),
			'intro' => __( 'Shown at the foot of every widget on this site. The sign-off names the clinician who reviewed the widgets for your clinic.', 'ketamine-widgets' ),
		),
		array(
			'path'  => array( 'dose' ),
			'title' => __( 'Dose range', 'ketamine-widgets' ),
			'intro' => __( "Your clinic's own range for <dose-range>. Leave a field empty to keep the bundled value.", 'ketamine-widgets' ),
			// Only the numbers: the route, notes and sources stay the bundled ones.
			'types' => array( 'number', 'integer' ),
		),
		array(
			'path'  => array( 'checklist', 'groups', '0' ),
			'title' => __( 'Extra checklist items', 'ketamine-widgets' ),
			'intro' => __( 'Items added to <risk-checklist> as a group of their own. Each needs the label, why it matters, the question for the care team and at least one source.', 'ketamine-widgets' ),
			'id'    => 'clinic',
		),
	);
}

/** Labels for known fields (full path first, then the key); others are derived from the key. */
function ketamine_widgets_field_label( $path ) {
	$generic = preg_replace( '/\.\d+(\.|$)/', '.*$1', implode( '.', $path ) );
	$labels  = array(
		'clinic.name'                            => __( 'Clinic name', 'ketamine-widgets' ),
		'clinic.contact'                         => __( 'Contact line', 'ketamine-widgets' ),
		'clinic.url'                             => __( 'Web address (https://)', 'ketamine-widgets' ),
		'clinic.signOff'                         => __( 'Clinical sign-off', 'ketamine-widgets' ),
		'clinic.signOff.name'                    => __( 'Reviewer', 'ketamine-widgets' ),
		'clinic.signOff.credentials'             => __( 'Credentials', 'ketamine-widgets' ),
		'clinic.signOff.date'                    => __( 'Date reviewed', 'ketamine-widgets' ),
		'dose.mgPerKgMin'                        => __( 'Lowest dose (mg per kg)', 'ketamine-widgets' ),
		'dose.mgPerKgMax'                        => __( 'Highest dose (mg per kg)', 'ketamine-widgets' ),
		'dose.durationMinutes'                   => __( 'Infusion length (minutes)', 'ketamine-widgets' ),
		'dose.weightKgMin'                       => __( 'Lowest weight accepted (kg)', 'ketamine-widgets' ),
		'dose.weightKgMax'                       => __( 'Highest weight accepted (kg)', 'ketamine-widgets' ),
		'dose.maxTotalMg'                        => __( 'Largest total shown (mg)', 'ketamine-widgets' ),
		'checklist.groups.*.title'               => __( 'Group heading', 'ketamine-widgets' ),
		'checklist.groups.*.items'               => __( 'Items', 'ketamine-widgets' ),
		'checklist.groups.*.items.*.label'       => __( 'What the reader ticks', 'ketamine-widgets' ),
		'checklist.groups.*.items.*.why'         => __( 'Why it matters', 'ketamine-widgets' ),
		'checklist.groups.*.items.*.question'    => __( 'Question for the care team', 'ketamine-widgets' ),
		'checklist.groups.*.items.*.sources'     => __( 'Sources', 'ketamine-widgets' ),
	);
	if ( isset( $labels[ $generic ] ) ) {
		return $labels[ $generic ];
	}
	$key = (string) end( $path );
	return ucfirst( strtolower( trim( preg_replace( '/([a-z])([A-Z])/', '$1 $2', $key ) ) ) );
}

/**
 * The schema node at a dataset path (a numeric segment steps into `items`), or null.
 *
 * @param object   $schema The root schema.
 * @param string[] $path   Dataset path.
 */
function ketamine_widgets_schema_at( $schema, $path ) {
	$node = $schema;
	foreach ( $path as $segment ) {
		if ( ! is_object( $node ) ) {
			return null;
		}
		if ( ctype_digit( (string) $segment ) ) {
			$node = isset( $node->items ) ? $node->items : null;
		} else {
			$node = isset( $node->properties->$segment ) ? $node->properties->$segment : null;
		}
	}
	return is_object( $node ) ? $node : null;
}

/** A value at a dataset path in nested arrays, or null. */
function ketamine_widgets_value_at( $data, $path ) {
	foreach ( $path as $segment ) {
		if ( ! is_array( $data ) || ! array_key_exists( $segment, $data ) ) {
			return null;
		}
		$data = $data[ $segment ];
	}
	return $data;
}

/** The schema's first type for a node ('object' when it only has properties). */
function ketamine_widgets_node_type( $node ) {
	if ( isset( $node->type ) ) {
		$types = (array) $node->type;
		return (string) $types[0];
	}
	return isset( $node->properties ) ? 'object' : 'string';
}

/** `kw[a][b][0]` and `kw-a-b-0` for a path. */
function ketamine_widgets_field_name( $path ) {
	return 'kw[' . implode( '][', $path ) . ']';
}
function ketamine_widgets_field_id( $path ) {
	return 'kw-' . implode( '-', $path );
}

/** Whether an id field is filled in by the plugin rather than typed (ids of added groups and items). */
function ketamine_widgets_is_auto_id( $path ) {
	return 'id' === end( $path ) && 'checklist' === $path[0];
}

/**
 * Prints the form fields for one schema node.
 *
 * @param object   $node    Schema node.
 * @param string[] $path    Dataset path.
 * @param mixed    $value   Current value (arrays).
 * @param array    $errors  Path => message.
 * @param array    $opts    `types`: only leaf types to show; `required`: whether the field is required in its object.
 */
function ketamine_widgets_render_field( $node, $path, $value, $errors, $opts = array() ) {
	$type  = ketamine_widgets_node_type( $node );
	$key   = implode( '.', $path );
	$label = ketamine_widgets_field_label( $path );

	if ( 'object' === $type ) {
		$required = isset( $node->required ) ? (array) $node->required : array();
		echo '<fieldset class="kw-group" id="' . esc_attr( ketamine_widgets_field_id( $path ) ) . '">';
		if ( empty( $opts['bare'] ) ) {
			echo '<legend>' . esc_html( isset( $opts['legend'] ) ? $opts['legend'] : $label ) . '</legend>';
		}
		ketamine_widgets_render_error( $key, $errors );
		foreach ( ketamine_widgets_form_properties( $node, $path, $opts ) as $name => list( $sub, $sub_path ) ) {
			ketamine_widgets_render_field(
				$sub,
				$sub_path,
				is_array( $value ) && isset( $value[ $name ] ) ? $value[ $name ] : null,
				$errors,
				array(
					'types'    => isset( $opts['types'] ) ? $opts['types'] : array(),
					'required' => in_array( $name, $required, true ),
				)
			);
		}
		echo '</fieldset>';
		return;
	}

	if ( 'array' === $type && isset( $node->items ) && 'object' === ketamine_widgets_node_type( $node->items ) ) {
		$rows = is_array( $value ) ? array_values( $value ) : array();
		$show = min( 10, count( $rows ) + 2 );
		echo '<fieldset class="kw-list" id="' . esc_attr( ketamine_widgets_field_id( $path ) ) . '"><legend>' . esc_html( $label ) . '</legend>';
		ketamine_widgets_render_error( $key, $errors );
		for ( $i = 0; $i < $show; $i++ ) {
			ketamine_widgets_render_field(
				$node->items,
				array_merge( $path, array( (string) $i ) ),
				isset( $rows[ $i ] ) ? $rows[ $i ] : null,
				$errors,
				/* translators: %d: row number. */
				array( 'legend' => sprintf( __( 'Item %d (leave empty to skip)', 'ketamine-widgets' ), $i + 1 ) )
			);
		}
		echo '</fieldset>';
		return;
	}

	$id        = ketamine_widgets_field_id( $path );
	$name      = ketamine_widgets_field_name( $path );
	$has_error = ketamine_widgets_error_for( $key, $errors );
	$describe  = $has_error ? ' aria-invalid="true" aria-describedby="' . esc_attr( $id . '-error' ) . '"' : '';
	echo '<p class="kw-field"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label>';
	if ( ! empty( $opts['required'] ) ) {
		echo ' <span class="kw-required">' . esc_html__( '(required)', 'ketamine-widgets' ) . '</span>';
	}
	echo '<br>';

	if ( 'array' === $type ) {
		// A list of source ids: pick from the bundled sources.
		$chosen = is_array( $value ) ? $value : array();
		echo '<select multiple size="4" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '[]"' . $describe . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from esc_attr.
		$bundled = ketamine_widgets_bundled();
		foreach ( isset( $bundled['sources'] ) ? $bundled['sources'] : array() as $source ) {
			printf(
				'<option value="%s"%s>%s</option>',
				esc_attr( $source['id'] ),
				selected( in_array( $source['id'], $chosen, true ), true, false ),
				esc_html( $source['short'] )
			);
		}
		echo '</select>';
	} elseif ( 'boolean' === $type ) {
		echo '<input type="checkbox" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="1"' . checked( (bool) $value, true, false ) . '>';
	} else {
		$attrs = array(
			'id'    => $id,
			'name'  => $name,
			'value' => null === $value ? '' : ( is_scalar( $value ) ? (string) $value : '' ),
		);
		$format = isset( $node->format ) ? $node->format : '';
		if ( 'number' === $type || 'integer' === $type ) {
			$attrs['type'] = 'number';
			$attrs['step'] = 'integer' === $type ? '1' : 'any';
			if ( isset( $node->minimum ) ) {
				$attrs['min'] = (string) $node->minimum;
			} elseif ( isset( $node->exclusiveMinimum ) && is_numeric( $node->exclusiveMinimum ) ) {
				$attrs['min'] = (string) $node->exclusiveMinimum;
			}
			if ( isset( $node->maximum ) ) {
				$attrs['max'] = (string) $node->maximum;
			}
			$bundled = ketamine_widgets_bundled();
			$default = ketamine_widgets_value_at( $bundled, $path );
			if ( is_numeric( $default ) ) {
				$attrs['placeholder'] = (string) $default;
			}
		} elseif ( 'date' === $format ) {
			$attrs['type'] = 'date';
		} elseif ( 'uri' === $format ) {
			$attrs['type']        = 'url';
			$attrs['placeholder'] = 'https://';
		} else {
			$attrs['type'] = 'text';
			if ( isset( $node->maxLength ) ) {
				$attrs['maxlength'] = (string) $node->maxLength;
			}
			$attrs['class'] = 'regular-text';
		}
		if ( in_array( end( $path ), array( 'why', 'question' ), true ) ) {
			echo '<textarea rows="2" cols="60" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '"' . $describe . '>' . esc_textarea( $attrs['value'] ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from esc_attr.
		} else {
			echo '<input';
			foreach ( $attrs as $attr => $attr_value ) {
				echo ' ' . esc_attr( $attr ) . '="' . esc_attr( $attr_value ) . '"';
			}
			echo $describe . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from esc_attr.
		}
	}
	if ( $has_error ) {
		echo '<br><span class="kw-field-error" id="' . esc_attr( $id . '-error' ) . '">' . esc_html( $key . ': ' . $errors[ $key ] ) . '</span>';
	}
	echo '</p>';
}

/** Whether there is an error for exactly this path. */
function ketamine_widgets_error_for( $key, $errors ) {
	return isset( $errors[ $key ] );
}

/** Prints the error of a group or list path, if any. */
function ketamine_widgets_render_error( $key, $errors ) {
	if ( isset( $errors[ $key ] ) ) {
		echo '<p class="kw-field-error">' . esc_html( $key . ': ' . $errors[ $key ] ) . '</p>';
	}
}

/**
 * The properties of an object node that the form shows and reads back: every one but the ids the
 * plugin makes itself, and, when $opts['types'] is set, only those of the listed types (objects
 * always, to reach their fields).
 *
 * @param object $node JSON Schema node of type object.
 * @param array  $path Field path of the node.
 * @param array  $opts Render or collect options ('types').
 * @return array Property name => array( sub-schema, sub-path ).
 */
function ketamine_widgets_form_properties( $node, $path, $opts ) {
	$out = array();
	foreach ( get_object_vars( isset( $node->properties ) ? $node->properties : new stdClass() ) as $name => $sub ) {
		$sub_path = array_merge( $path, array( (string) $name ) );
		$sub_type = ketamine_widgets_node_type( $sub );
		if ( ketamine_widgets_is_auto_id( $sub_path ) ) {
			continue;
		}
		if ( ! empty( $opts['types'] ) && 'object' !== $sub_type && ! in_array( $sub_type, $opts['types'], true ) ) {
			continue;
		}
		$out[ (string) $name ] = array( $sub, $sub_path );
	}
	return $out;
}

/**
 * Reads a submitted value back into the dataset's shape, walking the same schema node. Empty
 * fields are left out (the bundled value stays); a number that does not parse is kept as text so
 * that validation names its field.
 *
 * @param object   $node Schema node.
 * @param mixed    $raw  Submitted value (already unslashed).
 * @param string[] $path Dataset path.
 * @param array    $opts `types` as for rendering; `id` for an added group.
 * @return mixed Null when empty.
 */
function ketamine_widgets_collect_field( $node, $raw, $path, $opts = array() ) {
	$type = ketamine_widgets_node_type( $node );
	if ( 'object' === $type ) {
		if ( ! is_array( $raw ) ) {
			return null;
		}
		$out = new stdClass();
		foreach ( ketamine_widgets_form_properties( $node, $path, $opts ) as $name => list( $sub, $sub_path ) ) {
			$value = ketamine_widgets_collect_field( $sub, isset( $raw[ $name ] ) ? $raw[ $name ] : null, $sub_path, array( 'types' => isset( $opts['types'] ) ? $opts['types'] : array() ) );
			if ( null !== $value ) {
				$out->$name = $value;
			}
		}
		if ( ! get_object_vars( $out ) ) {
			return null;
		}
		if ( isset( $node->properties->id ) && isset( $opts['id'] ) ) {
			$out = (object) array_merge( array( 'id' => $opts['id'] ), get_object_vars( $out ) );
		}
		return $out;
	}
	if ( 'array' === $type ) {
		if ( ! is_array( $raw ) ) {
			return null;
		}
		$items = array();
		if ( isset( $node->items ) && 'object' === ketamine_widgets_node_type( $node->items ) ) {
			ksort( $raw );
			foreach ( $raw as $i => $row ) {
				$id    = ( isset( $opts['id_prefix'] ) ? $opts['id_prefix'] : 'clinic' ) . '-' . ( count( $items ) + 1 );
				$value = ketamine_widgets_collect_field( $node->items, $row, array_merge( $path, array( (string) count( $items ) ) ), array( 'id' => $id ) );
				if ( null !== $value ) {
					$items[] = $value;
				}
			}
		} else {
			foreach ( $raw as $item ) {
				if ( is_scalar( $item ) && '' !== trim( (string) $item ) ) {
					$items[] = sanitize_text_field( (string) $item );
				}
			}
		}
		return $items ? $items : null;
	}
	if ( ! is_scalar( $raw ) ) {
		return null;
	}
	$text = trim( (string) $raw );
	if ( '' === $text ) {
		return null;
	}
	if ( 'number' === $type || 'integer' === $type ) {
		if ( ! is_numeric( $text ) ) {
			return sanitize_text_field( $text );
		}
		$number = 0 + $text;
		// "1e400" is numeric but INF, which no JSON can hold: kept as text, so validation names the field.
		if ( ! is_finite( (float) $number ) ) {
			return sanitize_text_field( $text );
		}
		return ( 'integer' === $type && is_float( $number ) && floor( $number ) === $number ) ? (int) $number : $number;
	}
	if ( 'boolean' === $type ) {
		return true;
	}
	if ( isset( $node->format ) && 'uri' === $node->format ) {
		return esc_url_raw( $text, array( 'https', 'http' ) ) ? $text : sanitize_text_field( $text );
	}
	return sanitize_textarea_field( $text );
}

/**
 * The dataset built from a submitted form (`$_POST['kw']`, unslashed), as stdClass objects.
 *
 * @param array $raw The submitted `kw` array.
 */
function ketamine_widgets_collect_form( $raw ) {
	$schema = ketamine_widgets_schema();
	$data   = new stdClass();
	foreach ( ketamine_widgets_form_parts() as $part ) {
		$node = ketamine_widgets_schema_at( $schema, $part['path'] );
		if ( ! $node ) {
			continue;
		}
		$value = ketamine_widgets_collect_field(
			$node,
			ketamine_widgets_value_at( $raw, $part['path'] ),
			$part['path'],
			array(
				'types' => isset( $part['types'] ) ? $part['types'] : array(),
				'id'    => isset( $part['id'] ) ? $part['id'] : null,
			)
		);
		if ( null === $value ) {
			continue;
		}
		// Put the value at its path, creating the parents (arrays for numeric segments).
		$target = &$data;
		$last   = count( $part['path'] ) - 1;
		foreach ( $part['path'] as $n => $segment ) {
			$next_is_index = $n < $last && ctype_digit( (string) $part['path'][ $n + 1 ] );
			if ( is_array( $target ) ) {
				if ( $n === $last ) {
					$target[ (int) $segment ] = $value;
				} elseif ( ! isset( $target[ (int) $segment ] ) ) {
					$target[ (int) $segment ] = $next_is_index ? array() : new stdClass();
				}
				if ( $n < $last ) {
					$target = &$target[ (int) $segment ];
				}
			} else {
				if ( $n === $last ) {
					$target->$segment = $value;
				} elseif ( ! isset( $target->$segment ) ) {
					$target->$segment = $next_is_index ? array() : new stdClass();
				}
				if ( $n < $last ) {
					$target = &$target->$segment;
				}
			}
		}
		unset( $target );
	}
	return $data;
}
