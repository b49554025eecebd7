<?php
/**
 * Settings → Ketamine widgets (manage_options only): the clinic dataset, edited through a form
 * generated from its JSON Schema (schema-form.php), validated on save (dataset.php) and stored
 * in the option `ketamine_widgets_clinic` as a JSON string. Every write checks a nonce and the
 * capability. Nothing about readers is stored anywhere.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

const KETAMINE_WIDGETS_PAGE  = 'ketamine-widgets';
const KETAMINE_WIDGETS_NONCE = 'ketamine_widgets_save';

/** What the page shows after a rejected save: the submitted values and their problems. */
$GLOBALS['ketamine_widgets_rejected'] = null;

function ketamine_widgets_admin_menu() {
	$hook = add_options_page(
		__( 'Ketamine widgets', 'ketamine-widgets' ),
		__( 'Ketamine widgets', 'ketamine-widgets' ),
		'manage_options',
		KETAMINE_WIDGETS_PAGE,
		'ketamine_widgets_render_settings'
	);
	if ( $hook ) {
		add_action( 'load-' . $hook, 'ketamine_widgets_handle_settings_post' );
	}
}
add_action( 'admin_menu', 'ketamine_widgets_admin_menu' );

/** Links "Settings" from the plugin's row in Plugins. */
function ketamine_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . KETAMINE_WIDGETS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'ketamine-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( KETAMINE_WIDGETS_FILE ), 'ketamine_widgets_action_links' );

/**
 * Validates and saves a submitted form. Pure enough to call from tests: no redirect, no exit.
 *
 * @param array $raw The submitted `kw` array, unslashed.
 * @return array{ok: bool, errors: array<string,string>, data: object}
 */
function ketamine_widgets_save_form( $raw ) {
	$data   = ketamine_widgets_collect_form( is_array( $raw ) ? $raw : array() );
	$errors = ketamine_widgets_validate_dataset( $data );
	if ( ! $errors ) {
		$json = get_object_vars( $data ) ? wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) : '';
		if ( false === $json ) {
			// Never store false over the clinic's settings and call it saved.
			$errors['dataset'] = __( 'could not be written as JSON; nothing was changed', 'ketamine-widgets' );
		} else {
			update_option( KETAMINE_WIDGETS_OPTION, $json );
		}
	}
	return array(
		'ok'     => ! $errors,
		'errors' => $errors,
		'data'   => $data,
	);
}

/** `load-settings_page_ketamine-widgets`: handles a POST (save or remove), then redirects. */
function ketamine_widgets_handle_settings_post() {
	if ( ! isset( $_SERVER['REQUEST_METHOD'] ) || 'POST' !== $_SERVER['REQUEST_METHOD'] ) {
		return;
	}
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change these settings.', 'ketamine-widgets' ), 403 );
	}
	check_admin_referer( KETAMINE_WIDGETS_NONCE, '_kwnonce' );
	$back = admin_url( 'options-general.php?page=' . KETAMINE_WIDGETS_PAGE );
	if ( isset( $_POST['kw_remove'] ) ) {
		delete_option( KETAMINE_WIDGETS_OPTION );
		wp_safe_redirect( add_query_arg( 'kw-removed', '1', $back ) );
		exit;
	}
	$raw    = isset( $_POST['kw'] ) && is_array( $_POST['kw'] ) ? wp_unslash( $_POST['kw'] ) : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- sanitized field by field in ketamine_widgets_collect_form().
	$result = ketamine_widgets_save_form( $raw );
	if ( $result['ok'] ) {
		wp_safe_redirect( add_query_arg( 'kw-saved', '1', $back ) );
		exit;
	}
	$GLOBALS['ketamine_widgets_rejected'] = array(
		'values' => json_decode( wp_json_encode( $result['data'] ), true ),
		'errors' => $result['errors'],
	);
}

/** The settings page. */
function ketamine_widgets_render_settings() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$rejected = $GLOBALS['ketamine_widgets_rejected'];
	$values   = $rejected ? $rejected['values'] : ketamine_widgets_clinic_data();
	$errors   = $rejected ? $rejected['errors'] : array();
	// Settings saved by an earlier version may fail this version's checks (new bounds): the widgets
	// then show the bundled content, so say so here rather than let it pass unnoticed.
	$stale = false;
	$saved = $rejected ? '' : ketamine_widgets_clinic_json();
	if ( '' !== $saved ) {
		$stored = json_decode( $saved );
		if ( is_object( $stored ) ) {
			$errors = ketamine_widgets_validate_dataset( $stored );
			$stale  = (bool) $errors;
		}
	}
	$schema   = ketamine_widgets_schema();

	echo '<div class="wrap"><h1>' . esc_html__( 'Ketamine widgets', 'ketamine-widgets' ) . '</h1>';
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- display-only flags.
	if ( isset( $_GET['kw-saved'] ) && ! $rejected ) {
		echo '<div class="notice notice-success"><p>' . esc_html__( 'Clinic settings saved. Every widget on the site uses them.', 'ketamine-widgets' ) . '</p></div>';
	}
	if ( isset( $_GET['kw-removed'] ) ) {
		echo '<div class="notice notice-success"><p>' . esc_html__( 'Clinic settings removed. The widgets show the bundled content.', 'ketamine-widgets' ) . '</p></div>';
	}
	// phpcs:enable
	if ( $errors ) {
		$lead = $stale
			? __( 'Your saved clinic settings do not pass this version’s checks, so the widgets show the bundled content. Please correct these fields and save:', 'ketamine-widgets' )
			: __( 'Not saved. Please correct these fields:', 'ketamine-widgets' );
		echo '<div class="notice notice-error" id="kw-errors"><p>' . esc_html( $lead ) . '</p><ul>';
		foreach ( $errors as $path => $message ) {
			echo '<li><code>' . esc_html( $path ) . '</code>: ' . esc_html( $message ) . '</li>';
		}
		echo '</ul></div>';
	}
	if ( ! is_object( $schema ) ) {
		echo '<div class="notice notice-error"><p>' . esc_html__( 'ketamine-dataset.schema.json is missing from the plugin folder: reinstall the plugin.', 'ketamine-widgets' ) . '</p></div></div>';
		return;
	}

	echo '<p>' . esc_html__( 'Place the widgets with the shortcodes [ketamine_facts], [dose_range] and [risk_checklist], or with the tags <ketamine-facts>, <dose-range> and <risk-checklist>. What you save here applies to all of them.', 'ketamine-widgets' ) . '</p>';
	echo '<form method="post" action="">';
	wp_nonce_field( KETAMINE_WIDGETS_NONCE, '_kwnonce' );
	foreach ( ketamine_widgets_form_parts() as $part ) {
		$node = ketamine_widgets_schema_at( $schema, $part['path'] );
		if ( ! $node ) {
			continue;
		}
		echo '<h2>' . esc_html( $part['title'] ) . '</h2><p class="description">' . esc_html( $part['intro'] ) . '</p>';
		ketamine_widgets_render_field(
			$node,
			$part['path'],
			ketamine_widgets_value_at( $values, $part['path'] ),
			$errors,
			array(
				'types' => isset( $part['types'] ) ? $part['types'] : array(),
				'bare'  => true,
			)
		);
	}
	submit_button( __( 'Save clinic settings', 'ketamine-widgets' ), 'primary', 'kw_save' );
	echo '</form>';

	if ( '' !== ketamine_widgets_clinic_json() ) {
		echo '<h2>' . esc_html__( 'Served to the widgets', 'ketamine-widgets' ) . '</h2><p>';
		printf(
			/* translators: %s: URL. */
			esc_html__( 'The widgets read these settings from %s.', 'ketamine-widgets' ),
			'<a href="' . esc_url( rest_url( 'ketamine-widgets/v1/clinic' ) ) . '"><code>' . esc_html( rest_url( 'ketamine-widgets/v1/clinic' ) ) . '</code></a>'
		);
		echo '</p><form method="post" action="">';
		wp_nonce_field( KETAMINE_WIDGETS_NONCE, '_kwnonce' );
		submit_button( __( 'Remove clinic settings', 'ketamine-widgets' ), 'delete', 'kw_remove', false );
		echo '</form>';
	}
	echo '</div>';
}
