/*
 * Opens a Smallwins page encrypted at build time. The password never leaves this page: WebCrypto
 * derives the key (PBKDF2-HMAC-SHA256, then HMAC to the AES-256-GCM key, as the build did), and
 * only that derived key is kept, in sessionStorage, so the next page opens without asking again
 * and closing the browser (or "Lock") forgets it. Nothing is fetched from anywhere: the pictures a
 * page shows come encrypted inside it (browsers refuse to fetch local files, and the site must open
 * from disk too), and are shown from Blob URLs once decrypted.
 */
(function () {
  'use strict';
  var sealed = document.getElementById('smallwins-sealed');
  if (!sealed) {
    return;
  }
  var form = document.getElementById('smallwins-unlock');
  var input = document.getElementById('smallwins-password');
  var message = document.getElementById('smallwins-message');
  var saltHex = sealed.getAttribute('data-salt');
  var iterations = parseInt(sealed.getAttribute('data-iterations'), 10);
  // One name per journal (salt), so two journals on one host keep their keys apart.
  var storeName = 'smallwins-key-' + saltHex;
  var encoder = new TextEncoder();

  function say(text) {
    message.textContent = text;
  }

  // A wrong password marks the field, which then has the message as its description; typing again clears both.
  function markWrong(wrong) {
    if (wrong) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', message.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }

  if (!window.crypto || !window.crypto.subtle) {
    form.hidden = false;
    form.querySelector('button').disabled = true;
    say('This browser cannot decrypt pages here (it needs WebCrypto, which browsers offer on https:// '
      + 'and local pages). Try opening the journal over https.');
    return;
  }

  function hexBytes(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) {
      out[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return out;
  }

  function base64Bytes(text) {
    var binary = atob(text);
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      out[i] = binary.charCodeAt(i);
    }
    return out;
  }

  function bytesBase64(bytes) {
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary);
  }

  function remembered() {
    try {
      return sessionStorage.getItem(storeName);
    } catch (e) {
      return null;
    }
  }

  function remember(raw) {
    try {
      sessionStorage.setItem(storeName, bytesBase64(raw));
    } catch (e) {
      // Storage may be off; the page still opens, the next one asks again.
    }
  }

  function forget() {
    try {
      sessionStorage.removeItem(storeName);
    } catch (e) {
      // nothing was kept
    }
  }

  async function deriveKey(password) {
    // Composed (NFC) as the build composes it: "é" typed as one character or as "e" and an accent.
    var material = await crypto.subtle.importKey('raw', encoder.encode(password.normalize('NFC')), 'PBKDF2', false,
      ['deriveBits']);
    var master = await crypto.subtle.deriveBits(
      {name: 'PBKDF2', hash: 'SHA-256', salt: hexBytes(saltHex), iterations: iterations}, material, 256);
    var hmac = await crypto.subtle.importKey('raw', master, {name: 'HMAC', hash: 'SHA-256'}, false, ['sign']);
    return new Uint8Array(await crypto.subtle.sign('HMAC', hmac, encoder.encode('smallwins aes-256-gcm')));
  }

  function unseal(key, text) {
    var data = base64Bytes(text.trim());
    return crypto.subtle.decrypt({name: 'AES-GCM', iv: data.slice(0, 12)}, key, data.slice(12));
  }

  // The page, parsed; throws when the key does not open it (a wrong password).
  async function decrypt(raw) {
    var key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
    var plain = await unseal(key, sealed.textContent);
    var doc = new DOMParser().parseFromString(new TextDecoder().decode(plain), 'text/html');
    await showFiles(doc, key);
    return doc;
  }

  // The page refers to a file it carries as "#smallwins-file/<id>/<media type>". Done in the parsed
  // page, which loads nothing, before it is put in: no request ever goes to that address.
  var FILE_LINK = /^#smallwins-file\/([0-9a-f]+)\/(.+)$/;

  async function showFiles(doc, key) {
    var urls = {};
    var nodes = doc.querySelectorAll('[src^="#smallwins-file/"], [href^="#smallwins-file/"],'
        + ' [poster^="#smallwins-file/"]');
    for (var i = 0; i < nodes.length; i++) {
      var names = ['src', 'href', 'poster'];
      for (var j = 0; j < names.length; j++) {
        var match = FILE_LINK.exec(nodes[i].getAttribute(names[j]) || '');
        if (!match) {
          continue;
        }
        if (!(match[1] in urls)) {
          urls[match[1]] = fileUrl(key, match[1], match[2]);
        }
        var url = await urls[match[1]];
        if (url) {
          nodes[i].setAttribute(names[j], url);
        } else {
          // Not carried, or damaged: the picture's alt text stays, the link leads nowhere.
          nodes[i].removeAttribute(names[j]);
        }
      }
    }

    // A srcset names a file in each candidate ("#smallwins-file/<id>/<type> 2x"); one not carried is left out.
    var sets = doc.querySelectorAll('[srcset*="#smallwins-file/"]');
    for (var k = 0; k < sets.length; k++) {
      var candidates = sets[k].getAttribute('srcset').split(',');
      var shown = [];
      for (var c = 0; c < candidates.length; c++) {
        var parts = candidates[c].trim().split(/\s+/);
        var file = FILE_LINK.exec(parts[0]);
        if (file) {
          if (!(file[1] in urls)) {
            urls[file[1]] = fileUrl(key, file[1], file[2]);
          }
          parts[0] = await urls[file[1]];
        }
        if (parts[0]) {
          shown.push(parts.join(' '));
        }
      }
      sets[k].setAttribute('srcset', shown.join(', '));
    }
  }

  async function fileUrl(key, id, type) {
    var carried = document.querySelector('script[data-smallwins-file="' + id + '"]');
    if (!carried) {
      return null;
    }
    try {
      return URL.createObjectURL(new Blob([await unseal(key, carried.textContent)], {type: type}));
    } catch (e) {
      return null;
    }
  }

  // Scripts put in with innerHTML never run; fresh copies do, in order, as if the page had loaded:
  // each script from a file is waited for before the next one is put in, and done() is called once
  // they have all run, so the smallwins:content event reaches the listeners of every one of them.
  function runScripts(root, done) {
    var scripts = Array.prototype.slice.call(root.querySelectorAll('script'));
    function next(i) {
      if (i === scripts.length) {
        done();
        return;
      }
      var old = scripts[i];
      var fresh = document.createElement('script');
      for (var j = 0; j < old.attributes.length; j++) {
        fresh.setAttribute(old.attributes[j].name, old.attributes[j].value);
      }
      fresh.textContent = old.textContent;
      var type = (old.getAttribute('type') || '').trim().toLowerCase();
      // Data (type="application/json") is neither loaded nor run, so nothing would say it is done.
      var waits = old.hasAttribute('src') && (type === '' || type === 'module' || /javascript$/.test(type));
      if (waits) {
        fresh.onload = fresh.onerror = function () { next(i + 1); };
      }
      old.parentNode.replaceChild(fresh, old);
      if (!waits) {
        next(i + 1);
      }
    }
    next(0);
  }

  function addLockButton() {
    var button = document.querySelector('[data-smallwins-lock]');
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'lock-button';
      button.setAttribute('data-smallwins-lock', '');
      button.textContent = 'Lock';
      var header = document.querySelector('.site-header__inner') || document.body;
      header.appendChild(button);
    }
    button.hidden = false;
    button.title = 'Forget the password in this browser';
    button.addEventListener('click', function () {
      forget();
      location.reload();
    });
  }

  // The page's own stylesheets in place of the lock page's (the built-in style.css), so a theme's
  // styles apply; nothing is touched when they are the same, so the page does not flicker.
  function useStylesheets(doc) {
    var selector = 'link[rel~="stylesheet"], style';
    var mine = Array.prototype.slice.call(document.head.querySelectorAll(selector));
    var theirs = Array.prototype.slice.call(doc.head.querySelectorAll(selector));
    var same = mine.length === theirs.length && mine.every(function (node, i) {
      return node.outerHTML === theirs[i].outerHTML;
    });
    if (same || theirs.length === 0) {
      return;
    }
    theirs.forEach(function (node) {
      document.head.appendChild(document.importNode(node, true));
    });
    mine.forEach(function (node) {
      node.remove();
    });
  }

  // moveFocus: opened from the form, whose status message the page replaces. Focus would fall to
  // <body> with nothing said; on the page's main content (tabindex=-1) a screen reader reads it.
  function show(doc, moveFocus) {
    useStylesheets(doc);
    document.title = doc.title;
    document.documentElement.lang = doc.documentElement.lang || document.documentElement.lang;
    document.body.className = doc.body.className;
    document.body.innerHTML = doc.body.innerHTML;
    addLockButton();
    runScripts(document.body, function () {
      if (location.hash) {
        var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (target) {
          target.scrollIntoView();
        }
      }
      document.dispatchEvent(new CustomEvent('smallwins:content'));
    });
    if (moveFocus) {
      var main = document.getElementById('main') || document.querySelector('main');
      if (main) {
        if (!main.hasAttribute('tabindex')) {
          main.setAttribute('tabindex', '-1');
        }
        main.focus({preventScroll: true});
      }
    }
  }

  async function openWithStoredKey() {
    var stored = remembered();
    if (!stored) {
      return false;
    }
    try {
      show(await decrypt(base64Bytes(stored)));
      return true;
    } catch (e) {
      // The journal was rebuilt with another password: ask for it again.
      forget();
      return false;
    }
  }

  input.addEventListener('input', function () {
    markWrong(false);
  });

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    var button = form.querySelector('button');
    button.disabled = true;
    say('Opening…');
    try {
      var raw = await deriveKey(input.value);
      var doc;
      try {
        doc = await decrypt(raw);
      } catch (e) {
        say('That password didn\u2019t open the journal. That happens; take your time and try again '
          + '(capitals and spaces count).');
        markWrong(true);
        input.select();
        return;
      }
      remember(raw);
      show(doc, true);
    } finally {
      button.disabled = false;
    }
  });

  openWithStoredKey().then(function (opened) {
    if (!opened) {
      form.hidden = false;
      input.focus();
    }
  });
}());
