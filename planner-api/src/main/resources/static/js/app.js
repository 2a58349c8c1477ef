// The page: a shell of views, one ES module each, shown one at a time by the address's #fragment. A view is
// {id, navKey, render(section, app)}; render draws the view from the app's context and is called again when the
// open plan, its results or the language change. A new view joins VIEWS.
import { PlanContext } from './context.js';
import { applyTexts, language, otherLanguage, rememberedLanguage, t, useTexts } from './texts.js';
import { disposeCharts } from './charts.js';
import { el, fill, notice } from './dom.js';
import plansView from './views/plans.js';
import timelineView from './views/timeline.js';
import moneyView from './views/money.js';
import scenariosView from './views/scenarios.js';
import frontierView from './views/frontier.js';
import alignmentView from './views/alignment.js';
import prioritiesView from './views/priorities.js';

const VIEWS = [plansView, timelineView, moneyView, scenariosView, frontierView, alignmentView, prioritiesView];

class App {
  constructor() {
    this.context = new PlanContext();
    this.sections = new Map();
    this.renders = new Map();
    this.current = null;
    /** A scenario a view has just made, for the scenarios view to open when it draws next. */
    this.scenarioToOpen = null;
  }

  async start() {
    await useTexts(rememberedLanguage());
    const nav = document.getElementById('views-nav');
    const main = document.getElementById('main');
    for (const view of VIEWS) {
      const section = el('section', { id: `view-${view.id}`, class: 'view', hidden: true,
        'aria-labelledby': `nav-${view.id}` });
      this.sections.set(view.id, section);
      main.append(section);
      nav.append(el('a', { id: `nav-${view.id}`, href: `#${view.id}`, 'data-text': view.navKey }, t(view.navKey)));
    }
    document.getElementById('language-switch').addEventListener('click', () => this.switchLanguage());
    window.addEventListener('hashchange', () => this.showFromAddress());
    this.context.onChange(() => {
      this.drawOpenPlan();
      this.render();
    });
    this.drawOpenPlan();
    this.showFromAddress();
  }

  showFromAddress() {
    const id = window.location.hash.slice(1);
    const view = VIEWS.find((candidate) => candidate.id === id) || VIEWS[0];
    this.current = view;
    for (const [viewId, section] of this.sections) {
      section.hidden = viewId !== view.id;
    }
    document.querySelectorAll('#views-nav a').forEach((link) => {
      if (link.id === `nav-${view.id}`) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
    });
    document.body.dataset.view = view.id;
    this.render();
  }

  /** Opens a view, as a link to it would. */
  show(viewId) {
    if (window.location.hash === `#${viewId}`) {
      this.render();
    } else {
      window.location.hash = viewId;
    }
  }

  /** Draws the current view again; a drawing that a later one has replaced stops counting. */
  async render() {
    const view = this.current;
    const section = this.sections.get(view.id);
    const token = Symbol(view.id);
    this.renders.set(view.id, token);
    const target = el('div', { class: 'view-body' });
    disposeCharts(section);
    fill(section, target);
    section.dataset.ready = 'false';
    try {
      await view.render(target, this);
    } catch (error) {
      target.append(notice(t('page.error.request', error.status || '', error.message), 'error'));
    }
    if (this.renders.get(view.id) === token) {
      section.dataset.ready = 'true';
    }
  }

  async switchLanguage() {
    await useTexts(otherLanguage());
    applyTexts(document);
    this.drawOpenPlan();
    this.render();
  }

  async drawOpenPlan() {
    const plan = await this.context.plan().catch(() => null);
    const label = plan ? t('page.openPlan', plan.name, plan.version) : t('page.openPlan.none');
    fill(document.getElementById('open-plan'), label);
    const date = new Date().toLocaleDateString(language() === 'vi' ? 'vi-VN' : 'en-GB');
    fill(document.getElementById('print-header'),
      el('h1', {}, t('page.print.title')),
      plan ? el('p', {}, t('page.print.plan', plan.name, plan.version, date)) : null);
  }

  /** A short message in the status line, announced to screen readers. */
  say(text) {
    fill(document.getElementById('status'), text);
  }
}

new App().start();
