<?php
/**
 * Plugin Name:       Ketamine widgets
 * Plugin URI:        https://github.com/ketamine-widgets/ketamine-widgets
 * Description:       Cited, accessible patient information about ketamine therapy for chronic pain: the [ketamine_facts], [dose_range] and [risk_checklist] shortcodes (or the raw tags), with your clinic's details from Settings → Ketamine widgets.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            ketamine-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ketamine-widgets
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

// `npm run build` writes the package version here and in the header above.
define( 'KETAMINE_WIDGETS_VERSION', '0.1.0' );
define( 'KETAMINE_WIDGETS_FILE', __FILE__ );
define( 'KETAMINE_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
/** The option that holds the clinic dataset, a JSON string (see includes/settings.php). */
define( 'KETAMINE_WIDGETS_OPTION', 'ketamine_widgets_clinic' );

require_once KETAMINE_WIDGETS_DIR . 'includes/elements.php';
require_once KETAMINE_WIDGETS_DIR . 'includes/prerendered.php';
require_once KETAMINE_WIDGETS_DIR . 'includes/assets.php';
require_once KETAMINE_WIDGETS_DIR . 'includes/shortcodes.php';
require_once KETAMINE_WIDGETS_DIR . 'includes/content.php';
require_once KETAMINE_WIDGETS_DIR . 'includes/kses.php';
require_once KETAMINE_WIDGETS_DIR . 'includes/dataset.php';
require_once KETAMINE_WIDGETS_DIR . 'includes/rest.php';
if ( is_admin() ) {
	require_once KETAMINE_WIDGETS_DIR . 'includes/schema-form.php';
	require_once KETAMINE_WIDGETS_DIR . 'includes/settings.php';
}
