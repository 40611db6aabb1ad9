/*
 * The HTML-first pages work without this file (DD020). With it: a form sends once (the second tap of a double
 * tap does nothing while the first is on its way; the server also refuses a replayed form).
 */
document.addEventListener('submit', function (evenement) {
  var formulaire = evenement.target;
  if (formulaire.dataset.envoye) {
    evenement.preventDefault();
    return;
  }
  formulaire.dataset.envoye = 'oui';
  var bouton = evenement.submitter;
  if (bouton) {
    // Disabled after the browser has read the button's name and value for this submission.
    setTimeout(function () { bouton.disabled = true; bouton.dataset.desactive = 'oui'; }, 0);
  }
});
// Back to a page from the browser's cache: its forms may be sent again.
window.addEventListener('pageshow', function (evenement) {
  if (evenement.persisted) {
    document.querySelectorAll('form[data-envoye]').forEach(function (f) { delete f.dataset.envoye; });
    document.querySelectorAll('button[data-desactive]').forEach(function (b) {
      b.disabled = false;
      delete b.dataset.desactive;
    });
  }
});
