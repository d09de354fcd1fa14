/*
 * The search page: finds entries by the words of their title, tags and text as you type, in the
 * index the build embedded in the page (see SearchIndex.java). Every word typed must match the
 * start of a word in the entry (Chinese and Japanese are split into pairs of characters, so any
 * part of a sentence is found); titles rank above tags, tags above text, then newer above older.
 * On an encrypted journal the index is part of the encrypted page, so it is searched only once
 * the page is open. Nothing is sent anywhere. Up to LIMIT results are listed at first; when more
 * are found, the status says so ("Showing the first 50 of 76") and a button lists the rest.
 */
(function () {
  'use strict';
  var TITLE = 4;
  var TAG = 2;
  var LIMIT = 50;

  // Chinese and Japanese, written without spaces: each run is split as SearchIndex.java splits it.
  var WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;

  // Latin letters with no accent to drop (sharp s, dotless i, ...) spelt plainly, as slugs and
  // SearchIndex.java spell them: "strasse" and the German spelling with a sharp s find each other.
  var PLAIN = {
    '\u0131': 'i', '\u00df': 'ss', '\u00e6': 'ae', '\u0153': 'oe', '\u00f8': 'o', '\u0111': 'd', '\u00f0': 'd',
    '\u0142': 'l', '\u00fe': 'th', '\u0127': 'h', '\u0167': 't'
  };
  var NOT_PLAIN = /[\u0131\u00df\u00e6\u0153\u00f8\u0111\u00f0\u0142\u00fe\u0127\u0167]/g;

  function fold(text) {
    var out = [];
    text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(NOT_PLAIN, function (c) {
      return PLAIN[c];
    }).split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      var plain = '';
      var run = [];
      Array.from(word).concat(['']).forEach(function (c) {
        if (c !== '' && WITHOUT_SPACES.test(c)) {
          if (plain) { out.push(plain); plain = ''; }
          run.push(c);
          return;
        }
        // Each two characters side by side, and the last alone: any part typed is found.
        run.forEach(function (r, i) { out.push(i + 1 < run.length ? r + run[i + 1] : r); });
        run = [];
        plain += c;
      });
      if (plain) { out.push(plain); }
    });
    return out;
  }

  // The first index in the sorted words at or after prefix.
  function lowerBound(words, prefix) {
    var lo = 0;
    var hi = words.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (words[mid] < prefix) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // Each digit's value (see SearchIndex.java): 0-31 end a number, 32-63 go on.
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var VALUE = new Int8Array(128).fill(-1);
  for (var d = 0; d < DIGITS.length; d++) {
    VALUE[DIGITS.charCodeAt(d)] = d;
  }

  // Entry number -> where the prefix was found (title, tag, text bits). A word's hits are one
  // string of numbers, each (entry - previous entry) * 8 + where, read only when a word matches.
  function matches(index, prefix) {
    var found = new Map();
    for (var i = lowerBound(index.words, prefix); i < index.words.length && index.words[i].startsWith(prefix); i++) {
      var hits = index.hits[i];
      var entry = -1;
      var number = 0;
      for (var j = 0; j < hits.length; j++) {
        var digit = VALUE[hits.charCodeAt(j)];
        number = number * 32 + (digit & 31);
        if (digit < 32) {
          entry += Math.floor(number / 8);
          found.set(entry, (found.get(entry) || 0) | (number % 8));
          number = 0;
        }
      }
    }
    return found;
  }

  function score(where) {
    return (where & TITLE ? 9 : 0) + (where & TAG ? 3 : 0) + 1;
  }

  function search(index, query) {
    var words = fold(query);
    if (words.length === 0) {
      return null;
    }
    var total = null;
    words.forEach(function (word) {
      var found = matches(index, word);
      var next = new Map();
      found.forEach(function (where, entry) {
        if (total === null || total.has(entry)) {
          next.set(entry, (total === null ? 0 : total.get(entry)) + score(where));
        }
      });
      total = next;
    });
    return Array.from(total.entries()).sort(function (a, b) {
      return b[1] - a[1] || b[0] - a[0];
    }).map(function (pair) { return pair[0]; });
  }

  function setup() {
    var input = document.querySelector('[data-search-input]');
    var data = document.getElementById('search-index');
    if (!input || !data || input.getAttribute('data-ready')) {
      return;
    }
    input.setAttribute('data-ready', 'true');
    // The page hides the form for a browser without JavaScript, where it could find nothing.
    if (input.form) {
      input.form.hidden = false;
    }
    var index = JSON.parse(data.textContent);
    index.words = index.words === '' ? [] : index.words.split(' ');
    var entries = Array.prototype.map.call(document.querySelectorAll('#search-entries > li'), function (li) {
      return li;
    });
    var results = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    // The button that lists the rest of a long result list (the theme's, else one made here).
    var more = document.getElementById('search-more');
    if (!more) {
      more = document.createElement('button');
      more.type = 'button';
      more.id = 'search-more';
      more.className = 'search__more';
      more.hidden = true;
      results.parentNode.insertBefore(more, results.nextSibling);
    }
    var found = [];

    function show(from, to) {
      var first = null;
      found.slice(from, to).forEach(function (n) {
        var item = entries[n].cloneNode(true);
        item.className = 'search__result';
        results.appendChild(item);
        first = first || item;
      });
      return first;
    }

    function run() {
      found = search(index, input.value);
      results.textContent = '';
      more.hidden = true;
      if (found === null) {
        status.textContent = entries.length === 1 ? '1 entry to search.' : entries.length + ' entries to search.';
        return;
      }
      if (found.length === 0) {
        status.textContent = 'Nothing found for \u201c' + input.value.trim() + '\u201d. Try fewer or shorter words.';
        return;
      }
      show(0, LIMIT);
      if (found.length > LIMIT) {
        status.textContent = found.length + ' entries found. Showing the first ' + LIMIT + ' of ' + found.length + '.';
        more.textContent = 'Show all ' + found.length;
        more.hidden = false;
      } else {
        status.textContent = found.length === 1 ? '1 entry found.' : found.length + ' entries found.';
      }
    }

    more.addEventListener('click', function () {
      var first = show(results.children.length, found.length);
      more.hidden = true;
      status.textContent = found.length + ' entries found. Showing all ' + found.length + '.';
      // The button is gone: the keyboard goes on from the first entry it added.
      var link = first && first.querySelector('a');
      if (link) {
        link.focus();
      }
    });

    input.addEventListener('input', run);
    var asked = new URLSearchParams(location.search).get('q');
    if (asked) {
      input.value = asked;
    }
    run();
    // Not focused on load: the Tab key's first stop stays "Skip to content" and a screen reader
    // starts at the heading that says what the page does. The field is the first stop in main.
  }

  setup();
  document.addEventListener('smallwins:content', setup);
}());
