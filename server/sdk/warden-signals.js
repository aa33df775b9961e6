/*
 * Warden signals — the browser collector for signup and login forms.
 *
 *   <script src="https://<your-warden>/sdk/warden-signals.js"></script>
 *   const signals = Warden.attach(document.querySelector('#signup'));
 *   form.addEventListener('submit', () => { hidden.value = JSON.stringify(signals.collect()); });
 *
 * It only observes the page: no network call, no cookie, no storage. The page posts the
 * collected object to its own backend, which forwards it to Warden's scoreAccountEvent with the
 * end user's IP. Dependency-free; works as a classic script (window.Warden) and, through
 * warden-signals.mjs, as an ES module.
 */
(function (root) {
  'use strict';

  var MAX_POINTS = 300;
  var SAMPLE_MS = 40;
  var MAX_TEXT = 1024;

  function text(value) {
    return typeof value === 'string' ? value.slice(0, MAX_TEXT) : null;
  }

  function webgl() {
    try {
      var canvas = document.createElement('canvas');
      var gl = canvas.getContext('webgl') || canvas.getContext('experimental-webgl');
      if (!gl) return { vendor: null, renderer: null };
      var info = gl.getExtension('WEBGL_debug_renderer_info');
      return {
        vendor: text(gl.getParameter(info ? info.UNMASKED_VENDOR_WEBGL : gl.VENDOR)),
        renderer: text(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
      };
    } catch {
      return { vendor: null, renderer: null };
    }
  }

  /** 64-bit FNV-1a of a string, as 16 hex digits: a stable, non-reversible device identity. */
  function fingerprint(parts) {
    var input = parts.join('|');
    var h1 = 0x811c9dc5;
    var h2 = 0x01000193;
    for (var i = 0; i < input.length; i++) {
      var c = input.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
    return ('0000000' + h1.toString(16)).slice(-8) + ('0000000' + h2.toString(16)).slice(-8);
  }

  function device() {
    var nav = root.navigator || {};
    var scr = root.screen || {};
    var gl = webgl();
    var timezone = null;
    try {
      timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || null;
    } catch {
      timezone = null;
    }
    var d = {
      userAgent: text(nav.userAgent),
      screen: {
        width: scr.width || 0,
        height: scr.height || 0,
        pixelRatio: root.devicePixelRatio || 1,
      },
      timezone: text(timezone),
      language: text(nav.language),
      webglVendor: gl.vendor,
      webglRenderer: gl.renderer,
      hardwareConcurrency:
        typeof nav.hardwareConcurrency === 'number' ? nav.hardwareConcurrency : null,
      deviceMemory: typeof nav.deviceMemory === 'number' ? nav.deviceMemory : null,
      platform: text(nav.platform),
    };
    d.clientFingerprint = fingerprint([
      d.userAgent,
      d.screen.width,
      d.screen.height,
      d.screen.pixelRatio,
      d.timezone,
      d.language,
      d.webglVendor,
      d.webglRenderer,
      d.hardwareConcurrency,
      d.deviceMemory,
      d.platform,
    ]);
    return d;
  }

  /** Starts observing a form (or the whole document); returns an object whose collect() reads it. */
  function attach(form) {
    var target = form || root.document;
    var startedAt = null;
    var path = [];
    var lastSample = 0;
    var keystrokes = 0;
    var pastes = 0;
    var unidentifiedKey = false;

    function start() {
      if (startedAt === null) startedAt = Date.now();
    }
    function onMove(event) {
      var now = Date.now();
      if (now - lastSample < SAMPLE_MS || path.length >= MAX_POINTS) return;
      lastSample = now;
      start();
      // The form may have started in this very event: times are never negative.
      path.push({
        x: Math.round(event.clientX),
        y: Math.round(event.clientY),
        t: Math.max(0, now - startedAt),
      });
    }
    function onKey(event) {
      start();
      if (event.key && event.key.length === 1) keystrokes++;
      // Android keyboards send "Unidentified" (keyCode 229): the input event that follows counts.
      else unidentifiedKey = event.key === 'Unidentified' || event.keyCode === 229;
    }
    function onInput(event) {
      if (!unidentifiedKey) return;
      unidentifiedKey = false;
      if (
        event.inputType &&
        event.inputType.indexOf('insert') === 0 &&
        event.inputType !== 'insertFromPaste'
      )
        keystrokes += event.data ? event.data.length : 1;
    }
    function onPoint(event) {
      // A tap or a click is a pointer sample too: touch users who never drag are still people.
      var p = event.touches && event.touches[0] ? event.touches[0] : event;
      if (typeof p.clientX !== 'number' || path.length >= MAX_POINTS) return;
      start();
      lastSample = Date.now();
      path.push({
        x: Math.round(p.clientX),
        y: Math.round(p.clientY),
        t: Math.max(0, lastSample - startedAt),
      });
    }
    function onPaste() {
      start();
      pastes++;
    }
    root.document.addEventListener('mousemove', onMove, { passive: true });
    root.document.addEventListener(
      'touchmove',
      function (e) {
        if (e.touches && e.touches[0]) onMove(e.touches[0]);
      },
      { passive: true },
    );
    root.document.addEventListener('touchstart', onPoint, { passive: true });
    root.document.addEventListener('mousedown', onPoint, { passive: true });
    target.addEventListener('focusin', start);
    target.addEventListener('keydown', onKey);
    target.addEventListener('input', onInput);
    target.addEventListener('paste', onPaste);

    return {
      /** The fraudSignals object: `device` and `behavior`, ready for scoreAccountEvent. */
      collect: function () {
        return {
          device: device(),
          behavior: {
            formStartedAt: startedAt,
            formSubmittedAt: Date.now(),
            mousePath: path.slice(0, MAX_POINTS),
            keystrokeCount: keystrokes,
            pasteCount: pastes,
          },
        };
      },
    };
  }

  var sessions = typeof WeakMap === 'function' ? new WeakMap() : null;

  /** Collects for a form, attaching on first use (then only device fields are meaningful). */
  function collect(form) {
    var key = form || root.document;
    var session = sessions && sessions.get(key);
    if (!session) {
      session = attach(form);
      if (sessions) sessions.set(key, session);
    }
    return session.collect();
  }

  root.Warden = {
    version: '1',
    attach: function (form) {
      var session = attach(form);
      if (sessions) sessions.set(form || root.document, session);
      return session;
    },
    collect: collect,
  };
})(typeof window !== 'undefined' ? window : globalThis);
