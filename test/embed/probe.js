// Runs first on each embed test page (a classic script, allowed by script-src 'self'): records
// every CSP violation, uncaught error, console error/warning and network request, so the test
// can assert the page stayed clean.
(function () {
  var probe = { violations: [], errors: [], consoleErrors: [], consoleWarnings: [], shifts: null };
  window.__kwProbe = probe;
  // Layout shifts (Chromium; null where the browser has no layout-shift entries).
  if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('layout-shift') >= 0) {
    probe.shifts = [];
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        if (!e.hadRecentInput) probe.shifts.push(e.value);
      });
    }).observe({ type: 'layout-shift', buffered: true });
  }
  document.addEventListener('securitypolicyviolation', function (e) {
    probe.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || ''));
  });
  window.addEventListener('error', function (e) {
    probe.errors.push(String(e.message || e.type));
  });
  window.addEventListener('unhandledrejection', function (e) {
    probe.errors.push('unhandled rejection: ' + String(e.reason));
  });
  var error = console.error;
  var warn = console.warn;
  console.error = function () {
    probe.consoleErrors.push(Array.prototype.join.call(arguments, ' '));
    return error.apply(console, arguments);
  };
  console.warn = function () {
    probe.consoleWarnings.push(Array.prototype.join.call(arguments, ' '));
    return warn.apply(console, arguments);
  };
})();
