// Loaded as a classic script in <head> so the reader's display choices apply before the first paint.
// Plain ES5 on purpose: old WebViews must run it. A choice is stored on this device only, and only once
// the reader turns it on (turning it off deletes it). Also registers the offline service worker.
(function () {
  var root = document.documentElement;
  var keys = { text: 'la-large-text', contrast: 'la-high-contrast' };

  // Storage may be blocked (private mode, some WebViews): the choice then holds for this page only.
  // `catch (e)` rather than `catch {}` because old WebViews cannot parse the short form.
  function attempt(action) {
    try {
      return action();
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (e) {
      return false;
    }
  }
  function stored(key) {
    return attempt(function () {
      return localStorage.getItem(key) === 'on';
    });
  }
  function apply(name, on) {
    if (on) root.setAttribute('data-' + name, 'on');
    else root.removeAttribute('data-' + name);
  }
  function remember(key, on) {
    attempt(function () {
      if (on) localStorage.setItem(key, 'on');
      else localStorage.removeItem(key);
    });
  }
  for (var name in keys) apply(name, stored(keys[name]));
  // The toggles are shown from the first paint (CSS keys on this attribute), so nothing shifts later.
  root.setAttribute('data-js', '');

  function wire(button) {
    var name = button.getAttribute('data-pref');
    button.setAttribute('aria-pressed', String(root.hasAttribute('data-' + name)));
    button.addEventListener('click', function () {
      var on = !root.hasAttribute('data-' + name);
      apply(name, on);
      remember(keys[name], on);
      button.setAttribute('aria-pressed', String(on));
    });
  }
  // A notice that holds from a date on (a campaign has ended, the figures are out of date) is in the page,
  // hidden, with data-after="YYYY-MM-DD": pages built before that day still say it once the day has passed.
  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function showDated() {
    var now = new Date();
    var today = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
    var dated = document.querySelectorAll('[data-after]');
    for (var k = 0; k < dated.length; k++) {
      if (today > dated[k].getAttribute('data-after')) dated[k].removeAttribute('hidden');
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    showDated();
    var buttons = document.querySelectorAll('[data-pref]');
    for (var i = 0; i < buttons.length; i++) wire(buttons[i]);
    var printers = document.querySelectorAll('[data-print]');
    for (var j = 0; j < printers.length; j++) {
      printers[j].addEventListener('click', function () {
        window.print();
      });
    }
  });

  if ('serviceWorker' in navigator) {
    // After the page has loaded, so saving the offline copies never competes with the first view.
    window.addEventListener('load', function () {
      setTimeout(function () {
        navigator.serviceWorker.register('/sw.js').catch(function () {
          // No offline copy this time; the site works the same online.
        });
      }, 1000);
    });
  }
})();
