/*
 * Territory finder: suggestions while typing, for inputs marked data-territory-finder.
 * Progressive enhancement of a plain GET form (which works without this script).
 * ARIA 1.2 combobox pattern: arrows move through the list, Enter opens, Escape closes.
 */
(function () {
  'use strict';
  var counter = 0;

  function setup(input) {
    var form = input.form;
    if (!form) { return; }
    counter += 1;
    var listId = 'territory-suggestions-' + counter;
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-list-label') || 'Suggestions');
    list.hidden = true;
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    (input.parentNode).appendChild(list);
    (input.parentNode).appendChild(status);
    if (getComputedStyle(input.parentNode).position === 'static') {
      input.parentNode.classList.add('finder-anchor');
    }

    var items = [];
    var active = -1;
    var timer = null;
    var lastQuery = '';
    var controller = null;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role="option"]');
      options.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function render(found) {
      items = found;
      list.textContent = '';
      found.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        var name = document.createElement('span');
        name.textContent = item.name;
        var detail = document.createElement('span');
        detail.className = 'muted';
        detail.textContent = [item.echelonLabel, item.context].filter(Boolean).join(' · ');
        li.appendChild(name);
        li.appendChild(detail);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); });
        li.addEventListener('click', function () { window.location.href = item.url; });
        list.appendChild(li);
      });
      var countText = found.length
        ? (input.getAttribute('data-count-text') || '{n}').replace('{n}', String(found.length))
        : (input.getAttribute('data-none-text') || '');
      status.textContent = countText;
      if (found.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        active = -1;
      } else {
        close();
      }
    }

    function labelOf(echelon) {
      return input.getAttribute('data-echelon-' + echelon) || echelon;
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) { return; }
      lastQuery = q;
      if (q.length < 2) { render([]); return; }
      if (controller) { controller.abort(); }
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      fetch('/api/v1/territories?limit=8&q=' + encodeURIComponent(q),
        { headers: { Accept: 'application/json' }, signal: controller ? controller.signal : undefined })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (json) {
          if (input.value.trim() !== q) { return; }
          render((json.items || []).map(function (t) {
            return { name: t.name, url: t.url, context: t.context, echelonLabel: labelOf(t.echelon) };
          }));
        })
        .catch(function () { /* network errors leave the plain form working */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) {
        if (e.key === 'ArrowDown' && items.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); highlight(0); e.preventDefault(); }
        return;
      }
      if (e.key === 'ArrowDown') { highlight(Math.min(active + 1, items.length - 1)); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { highlight(Math.max(active - 1, 0)); e.preventDefault(); }
      else if (e.key === 'Escape') { close(); e.preventDefault(); }
      else if (e.key === 'Enter' && active >= 0 && items[active]) { window.location.href = items[active].url; e.preventDefault(); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-territory-finder]').forEach(setup);
  });
}());
