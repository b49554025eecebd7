<?php
/**
 * php-cli side of the WordPress end-to-end test (e2e.mjs): one command per run, JSON on stdout.
 * Environment: KW_WP_CONFIG (the /etc/wordpress/config-<name>.php to load), KW_WP_HOST (host:port).
 *
 *   install                 wp_install(), pretty permalinks, Twenty Twenty-Three, an Author user
 *   install-zip ZIP         the plugin zip through Plugin_Upgrader (Plugins → Add New → Upload)
 *   activate | deactivate   the plugin
 *   posts                   as the Author, saves the test posts; prints their ids, links and saved content
 *   validate                ketamine_widgets_validate_dataset() on bad datasets, with both validators
 *   attributes              the plugin's attribute allow-lists and what KSES allows for the tags
 *   option                  the stored clinic option
 *   set-option              stores the JSON on stdin as the clinic option, unchecked
 *   delete                  deletes the plugin (runs uninstall.php)
 *   multisite-convert       in an empty database: wp_install(), then the network tables and the network
 *                           around the site, as WP-CLI's `core multisite-convert` (the config has no MULTISITE yet)
 *   multisite-uninstall     with MULTISITE in the config: a second site, the option set on every site,
 *                           then deletes the plugin; prints the option of each site before and after
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'KW_WP_CONFIG' );
$_SERVER['HTTP_HOST']        = getenv( 'KW_WP_HOST' );
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$command                     = isset( $argv[1] ) ? $argv[1] : '';
if ( 'install' === $command || 'multisite-convert' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

const KW_PLUGIN = 'ketamine-widgets/ketamine-widgets.php';

function out( $value ) {
	echo "\n@@JSON@@" . wp_json_encode( $value, JSON_UNESCAPED_SLASHES ) . "\n";
}

switch ( $command ) {
	case 'install':
		$result = wp_install( 'KW e2e', 'admin', 'admin@example.org', false, '', 'admin-pass-e2e' );
		update_option( 'permalink_structure', '/%postname%/' );
		switch_theme( 'twentytwentythree' );
		$author = wp_insert_user(
			array(
				'user_login' => 'author',
				'user_pass'  => 'author-pass-e2e',
				'user_email' => 'author@example.org',
				'role'       => 'author',
			)
		);
		flush_rewrite_rules();
		out( array( 'admin' => $result['user_id'], 'author' => $author, 'version' => get_bloginfo( 'version' ), 'theme' => get_stylesheet() ) );
		break;

	case 'install-zip':
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( 1 );
		$skin     = new WP_Ajax_Upgrader_Skin();
		$upgrader = new Plugin_Upgrader( $skin );
		$result   = $upgrader->install( $argv[2] );
		out(
			array(
				'result'   => is_wp_error( $result ) ? $result->get_error_message() : $result,
				'errors'   => $skin->get_error_messages(),
				'plugin'   => $upgrader->plugin_info(),
				'headers'  => get_plugin_data( WP_PLUGIN_DIR . '/' . KW_PLUGIN, false, false ),
			)
		);
		break;

	case 'activate':
		wp_set_current_user( 1 );
		$result = activate_plugin( KW_PLUGIN );
		out( array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : null, 'active' => is_plugin_active( KW_PLUGIN ) ) );
		break;

	case 'deactivate':
		wp_set_current_user( 1 );
		deactivate_plugins( KW_PLUGIN );
		out( array( 'active' => is_plugin_active( KW_PLUGIN ) ) );
		break;

	case 'delete':
		wp_set_current_user( 1 );
		$result = delete_plugins( array( KW_PLUGIN ) );
		out(
			array(
				'result'     => is_wp_error( $result ) ? $result->get_error_message() : $result,
				'option'     => get_option( 'ketamine_widgets_clinic', null ),
				'folderGone' => ! file_exists( WP_PLUGIN_DIR . '/ketamine-widgets' ),
			)
		);
		break;

	case 'multisite-convert':
		$domain = getenv( 'KW_WP_HOST' );
		wp_install( 'KW e2e network', 'admin', 'admin@example.org', false, '', 'admin-pass-e2e' );
		update_option( 'siteurl', "http://$domain" );
		update_option( 'home', "http://$domain" );
		// A single site knows no network tables: name them, create them, fill them.
		foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
			$wpdb->$table = $prefixed;
		}
		install_network();
		$result = populate_network( 1, $domain, 'admin@example.org', 'KW e2e network', '/', false );
		out( array( 'result' => is_wp_error( $result ) ? $result->get_error_message() : $result ) );
		break;

	case 'multisite-uninstall':
		wp_set_current_user( 1 );
		$second = wpmu_create_blog( get_network()->domain, '/second/', 'Second site', 1 );
		$sites  = get_sites(
			array(
				'fields' => 'ids',
				'number' => 0,
			)
		);
		$before = array();
		foreach ( $sites as $site ) {
			update_blog_option( $site, 'ketamine_widgets_clinic', wp_json_encode( array( 'clinic' => array( 'name' => "Clinic of site $site" ) ) ) );
			$before[ $site ] = get_blog_option( $site, 'ketamine_widgets_clinic', null );
		}
		$result = delete_plugins( array( KW_PLUGIN ) );
		$after  = array();
		foreach ( $sites as $site ) {
			$after[ $site ] = get_blog_option( $site, 'ketamine_widgets_clinic', null );
		}
		out(
			array(
				'multisite'  => is_multisite(),
				'second'     => is_wp_error( $second ) ? $second->get_error_message() : $second,
				'result'     => is_wp_error( $result ) ? $result->get_error_message() : $result,
				'before'     => $before,
				'after'      => $after,
				'folderGone' => ! file_exists( WP_PLUGIN_DIR . '/ketamine-widgets' ),
			)
		);
		break;

	case 'posts':
		$author = get_user_by( 'login', 'author' );
		wp_set_current_user( $author->ID );
		$posts = json_decode( file_get_contents( 'php://stdin' ), true );
		$saved = array();
		foreach ( $posts as $key => $content ) {
			$id            = wp_insert_post(
				wp_slash(
					array(
						'post_title'   => $key,
						'post_name'    => $key,
						'post_content' => $content,
						'post_status'  => 'publish',
						'post_type'    => 'post',
					)
				),
				true
			);
			$saved[ $key ] = array(
				'id'      => $id,
				'url'     => get_permalink( $id ),
				'content' => get_post_field( 'post_content', $id ),
			);
		}
		out( array( 'canUnfiltered' => current_user_can( 'unfiltered_html' ), 'posts' => $saved ) );
		break;

	case 'validate':
		$cases = json_decode( file_get_contents( 'php://stdin' ) );
		$out   = array();
		foreach ( array( 'library', 'builtin' ) as $which ) {
			$use = 'library' === $which ? '__return_true' : '__return_false';
			add_filter( 'ketamine_widgets_use_json_schema_library', $use );
			$out[ $which ] = array( 'available' => ketamine_widgets_has_json_schema_library() );
			foreach ( $cases as $name => $data ) {
				$out[ $which ][ $name ] = ketamine_widgets_validate_dataset( $data );
			}
			remove_filter( 'ketamine_widgets_use_json_schema_library', $use );
		}
		out( $out );
		break;

	case 'attributes':
		out( array( 'attributes' => ketamine_widgets_attributes(), 'kses' => array_intersect_key( wp_kses_allowed_html( 'post' ), array_flip( ketamine_widgets_tags() ) ) ) );
		break;

	case 'option':
		out( array( 'option' => get_option( 'ketamine_widgets_clinic', null ) ) );
		break;

	case 'set-option':
		// Stands in for settings saved by an earlier version: the JSON on stdin, stored as it is.
		update_option( 'ketamine_widgets_clinic', wp_json_encode( json_decode( file_get_contents( 'php://stdin' ) ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) );
		out( array( 'option' => get_option( 'ketamine_widgets_clinic', null ) ) );
		break;

	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
