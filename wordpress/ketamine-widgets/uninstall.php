<?php
/**
 * Runs when the plugin is deleted from Plugins → Installed Plugins: removes its one option.
 * The plugin stores nothing else (nothing about readers, no files, no tables).
 *
 * @package KetamineWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ketamine_widgets_clinic' );
