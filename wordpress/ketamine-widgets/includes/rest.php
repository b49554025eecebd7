<?php
/**
 * GET /wp-json/ketamine-widgets/v1/clinic: the clinic dataset saved in Settings → Ketamine
 * widgets, for the widgets' `src`. Public and read-only (it is what the widgets show to anyone);
 * it reads no cookie and records nothing about who asks.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

function ketamine_widgets_register_rest() {
	register_rest_route(
		'ketamine-widgets/v1',
		'/clinic',
		array(
			'methods'             => 'GET',
			'permission_callback' => '__return_true',
			'callback'            => 'ketamine_widgets_rest_clinic',
		)
	);
}
add_action( 'rest_api_init', 'ketamine_widgets_register_rest' );

/** The saved dataset (an empty object when none is saved). */
function ketamine_widgets_rest_clinic() {
	$data     = json_decode( ketamine_widgets_clinic_json() );
	$response = new WP_REST_Response( is_object( $data ) ? $data : new stdClass() );
	$response->header( 'Cache-Control', 'public, max-age=300' );
	return $response;
}
