<?php
/**
 * Runs when the plugin is deleted from Plugins → Installed Plugins: removes its one option, on
 * every site of a multisite network (each site keeps its own clinic settings).
 * The plugin stores nothing else (nothing about readers, no files, no tables).
 *
 * @package KetamineWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $ketamine_widgets_site ) {
		switch_to_blog( (int) $ketamine_widgets_site );
		delete_option( 'ketamine_widgets_clinic' );
		restore_current_blog();
	}
} else {
	delete_option( 'ketamine_widgets_clinic' );
}
