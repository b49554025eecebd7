<?php
/**
 * Router for `php -S` in the WordPress end-to-end test: Debian's WordPress from
 * /usr/share/wordpress, /wp-content from the test's own folder (KW_WP_CONTENT), pretty permalinks.
 */
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'KW_WP_CONFIG' );
$kw_path                        = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$kw_content                     = getenv( 'KW_WP_CONTENT' );

if ( 0 === strpos( $kw_path, '/wp-content/' ) ) {
	$kw_file = realpath( $kw_content . substr( $kw_path, strlen( '/wp-content' ) ) );
	if ( ! $kw_file || ! is_file( $kw_file ) || '.php' === substr( $kw_file, -4 ) ) {
		http_response_code( 404 );
		echo 'Not found';
		return true;
	}
	$kw_types = array(
		'js'    => 'text/javascript; charset=utf-8',
		'css'   => 'text/css; charset=utf-8',
		'json'  => 'application/json',
		'html'  => 'text/html; charset=utf-8',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'woff2' => 'font/woff2',
	);
	$kw_ext = strtolower( pathinfo( $kw_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $kw_types[ $kw_ext ] ) ? $kw_types[ $kw_ext ] : 'application/octet-stream' ) );
	readfile( $kw_file );
	return true;
}

$kw_root = '/usr/share/wordpress';
$kw_file = $kw_root . $kw_path;
if ( is_dir( $kw_file ) && is_file( rtrim( $kw_file, '/' ) . '/index.php' ) ) {
	$kw_file = rtrim( $kw_file, '/' ) . '/index.php';
}
if ( is_file( $kw_file ) && '.php' !== substr( $kw_file, -4 ) ) {
	return false; // A static file: the built-in server sends it.
}
if ( ! is_file( $kw_file ) ) {
	$kw_file = $kw_root . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $kw_file;
$_SERVER['SCRIPT_NAME']     = substr( $kw_file, strlen( $kw_root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $kw_file ) );
require $kw_file;
