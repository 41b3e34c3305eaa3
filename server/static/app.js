// Hemeroteca's search page, enhanced. Without this file the page is a plain GET form that
// works on its own; with it, filters apply as soon as they change and the results and facets
// are swapped in place without a full reload. The address bar follows each change
// (history.pushState), so every state stays a shareable URL, and Back/Forward work.
// Served from our own origin: the Content-Security-Policy forbids inline and foreign scripts.
(function () {
  'use strict';

  var form = document.getElementById('buscador');
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams ||
      !window.history || !history.pushState) {
    return;
  }
  document.documentElement.classList.add('js');

  var pending = null;  // the AbortController of the page being loaded

  // The form as a URL, without empty fields, so that shared addresses stay short.
  function urlFromForm() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && value !== '') params.append(name, value);
    });
    var query = params.toString();
    return '/' + (query ? '?' + query : '');
  }

  // A search-page link that can be loaded in place: same origin, path "/", plain click.
  function inPlaceUrl(link, event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey) {
      return null;
    }
    var href = link.getAttribute('href');
    if (!href || href.charAt(0) === '#') return null;  // a jump inside the page
    var url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname !== '/') return null;
    return url.pathname + url.search;
  }

  // Where focus was, so that it can return to the same control in the new markup.
  function focusKey() {
    var active = document.activeElement;
    if (!active || !form.contains(active)) return null;
    if (active.name && active.type === 'checkbox') {
      return 'input[name="' + CSS.escape(active.name) + '"][value="' + CSS.escape(active.value) + '"]';
    }
    return active.id ? '#' + CSS.escape(active.id) : null;
  }

  function swap(page, id) {
    var fresh = page.getElementById(id);
    var current = document.getElementById(id);
    if (fresh && current) current.replaceWith(document.importNode(fresh, true));
  }

  function load(url, push, options) {
    if (pending) pending.abort();
    var controller = new AbortController();
    pending = controller;
    var focus = focusKey();
    form.setAttribute('aria-busy', 'true');
    fetch(url, { signal: controller.signal, headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        return response.text().then(function (text) {
          return { ok: response.ok, text: text };
        });
      })
      .then(function (answer) {
        var page = new DOMParser().parseFromString(answer.text, 'text/html');
        if (!answer.ok || !page.getElementById('resultados')) {
          window.location.assign(url);  // an error page: show it whole
          return;
        }
        swap(page, 'filtros');
        swap(page, 'resultados');
        document.title = page.title;
        var query = new URL(url, window.location.href).searchParams.get('q') || '';
        var box = document.getElementById('q');
        if (box && box.value !== query) box.value = query;
        if (push) history.pushState({ hemeroteca: true }, '', url);
        var target = focus && document.querySelector(focus);
        if (target) target.focus();
        if (options && options.toResults) {
          document.getElementById('resultados').scrollIntoView({ block: 'start' });
        }
      })
      .catch(function (error) {
        if (error.name !== 'AbortError') window.location.assign(url);
      })
      .finally(function () {
        if (pending === controller) {
          pending = null;
          form.removeAttribute('aria-busy');
        }
      });
  }

  form.addEventListener('change', function (event) {
    var control = event.target;
    if (control.id === 'q') return;  // the query applies when submitted
    // A year ticked replaces the search's dates, as its bar in the histogram does: the server
    // gave the box that address. Dates typed replace the years ticked, likewise.
    if (control.checked && control.getAttribute('data-href')) {
      load(control.getAttribute('data-href'), true);
      return;
    }
    if (control.type === 'date') {
      form.querySelectorAll('input[name="year"]:checked').forEach(function (box) {
        box.checked = false;
      });
    }
    load(urlFromForm(), true);
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    load(urlFromForm(), true);
  });

  form.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a');
    if (!link) return;
    var url = inPlaceUrl(link, event);
    if (!url) return;
    event.preventDefault();
    load(url, true, { toResults: !!link.closest('.paginas') });
  });

  window.addEventListener('popstate', function () {
    load(window.location.pathname + window.location.search, false);
  });
})();
