// The login form: texts in the remembered language, the CSRF token of the session's cookie sent with the form,
// and why the previous attempt came back (a wrong name or password, or signed out).
import { csrfToken } from './api.js';
import { otherLanguage, rememberedLanguage, t, useTexts } from './texts.js';

async function showLanguage(tag) {
  await useTexts(tag);
  const query = new URLSearchParams(window.location.search);
  const message = query.has('error') ? t('page.login.failed') : query.has('logout') ? t('page.login.signedOut') : '';
  document.getElementById('login-message').textContent = message;
}

document.getElementById('login-form').addEventListener('submit', () => {
  document.getElementById('login-csrf').value = csrfToken();
});
document.getElementById('language-switch').addEventListener('click', () => showLanguage(otherLanguage()));
await showLanguage(rememberedLanguage());
