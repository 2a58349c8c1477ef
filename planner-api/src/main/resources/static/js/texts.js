// The page's texts, served by GET /api/texts from the service's message bundles, and the language switch the page
// remembers. Every sentence a reader sees comes from t(); the HTML names its texts by data-text attributes.
import { api, useLanguage } from './api.js';

const STORAGE_KEY = 'lotrinh.language';
const LANGUAGES = ['vi', 'en'];

let texts = {};
let current = LANGUAGES[0];

/** The language remembered from the last visit, Vietnamese the first time. */
export function rememberedLanguage() {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(saved) ? saved : LANGUAGES[0];
}

export function language() {
  return current;
}

/** The other language, the one the switch offers. */
export function otherLanguage() {
  return LANGUAGES.find((tag) => tag !== current);
}

/** Loads the texts of a language, remembers it, and writes every data-text of the document in it. */
export async function useTexts(tag) {
  texts = await api.texts(tag);
  current = tag;
  useLanguage(tag);
  window.localStorage.setItem(STORAGE_KEY, tag);
  document.documentElement.lang = tag;
  applyTexts(document);
}

/** The text of a key with its placeholders {0}, {1} … filled; the key itself when the bundles lack it. */
export function t(key, ...args) {
  const text = texts[key];
  if (text === undefined) {
    return key;
  }
  return text.replace(/\{(\d+)}/g, (placeholder, index) => (index < args.length ? String(args[index]) : placeholder));
}

/** Whether the bundles have a text for a key: enumerations (layers, statuses) fall back to their code. */
export function hasText(key) {
  return texts[key] !== undefined;
}

/** A code's name ('page.layer.DATA'), or the code itself for one the bundles do not name. */
export function named(prefix, code) {
  return hasText(prefix + code) ? t(prefix + code) : code;
}

const ATTRIBUTES = { textLabel: 'aria-label', textTitle: 'title', textPlaceholder: 'placeholder' };

/** Writes the texts named by data-text (content), data-text-label, data-text-title and data-text-placeholder. */
export function applyTexts(root) {
  root.querySelectorAll('[data-text]').forEach((node) => {
    node.textContent = t(node.dataset.text);
  });
  for (const [data, attribute] of Object.entries(ATTRIBUTES)) {
    const selector = `[data-${data.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}]`;
    root.querySelectorAll(selector).forEach((node) => node.setAttribute(attribute, t(node.dataset[data])));
  }
}
