// Passkeys: the browser's WebAuthn prompt between two ordinary form posts. The server makes the
// challenge (data-passkey-options), the browser asks the authenticator, and the form is posted
// with the answer as JSON for the server to check. Without this script, or in a browser without
// passkeys, the forms stay hidden and the page explains the other ways in.
(function () {
  'use strict';

  var credentials = window.PublicKeyCredential;
  var supported = !!(credentials && navigator.credentials &&
    typeof credentials.parseCreationOptionsFromJSON === 'function' &&
    typeof credentials.parseRequestOptionsFromJSON === 'function');
  if (!supported) {
    return;
  }

  function ask(kind, options) {
    if (kind === 'create') {
      return navigator.credentials.create({ publicKey: credentials.parseCreationOptionsFromJSON(options) });
    }
    return navigator.credentials.get({ publicKey: credentials.parseRequestOptionsFromJSON(options) });
  }

  function start(form, event) {
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    var answer = form.querySelector('input[name="CredentialJson"]');
    answer.value = '';
    fetch(form.getAttribute('data-passkey-options'), {
      method: 'POST',
      body: new FormData(form),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('The passkey challenge was refused: ' + response.status);
        }
        return response.json();
      })
      .then(function (options) {
        return ask(form.getAttribute('data-passkey'), options);
      })
      .then(function (credential) {
        answer.value = JSON.stringify(credential);
      })
      .catch(function () {
        // Cancelled or failed: post without an answer, and the server says so in plain words.
        answer.value = '';
      })
      .then(function () {
        form.submit();
      });
  }

  var forms = document.querySelectorAll('form[data-passkey]');
  Array.prototype.forEach.call(forms, function (form) {
    var region = form.closest('[data-passkey-region]');
    var unavailable = region && region.querySelector('[data-passkey-unavailable]');
    if (unavailable) {
      unavailable.hidden = true;
    }
    form.hidden = false;
    form.addEventListener('submit', function (event) { start(form, event); });
  });
}());
