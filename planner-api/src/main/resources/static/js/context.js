// The plan the reader has open and what the service says about it, each read once and kept until it changes:
// a solve ends (invalidate), another plan is opened (open), or the language changes (texts of the explanation).
import { api } from './api.js';
import { language } from './texts.js';
import { moneyOf } from './money.js';

const STORAGE_KEY = 'lotrinh.plan';

export class PlanContext {
  constructor() {
    this.planId = window.localStorage.getItem(STORAGE_KEY);
    this.listeners = [];
    this.cache = new Map();
  }

  /** Calls back with the context whenever the open plan or its results change. */
  onChange(listener) {
    this.listeners.push(listener);
  }

  open(planId) {
    this.planId = planId;
    if (planId) {
      window.localStorage.setItem(STORAGE_KEY, planId);
    } else {
      window.localStorage.removeItem(STORAGE_KEY);
    }
    this.cache.clear();
    this.listeners.forEach((listener) => listener(this));
  }

  /** Forgets what was read of the open plan: a solve ended, a scenario was made. */
  invalidate() {
    this.cache.clear();
    this.listeners.forEach((listener) => listener(this));
  }

  read(key, load) {
    if (!this.cache.has(key)) {
      const pending = load().catch((error) => {
        this.cache.delete(key);
        throw error;
      });
      this.cache.set(key, pending);
    }
    return this.cache.get(key);
  }

  /** The open plan's document, null when none is open or it was deleted. */
  async plan() {
    if (!this.planId) {
      return null;
    }
    const plans = await this.read('plans', () => api.plans());
    if (!plans.some((entry) => entry.id === this.planId)) {
      this.open(null);
      return null;
    }
    return this.read('plan', () => api.plan(this.planId));
  }

  /** The money format of the open plan. */
  async money() {
    const plan = await this.plan();
    return moneyOf(plan ? plan.currency : undefined, plan ? Number(plan.moneyUnit || 1e6) : undefined);
  }

  /** The plan's jobs, newest first. */
  jobs() {
    return this.read('jobs', () => api.solves(this.planId));
  }

  /** Whether some job of the plan has a roadmap, so that asking for one cannot be a 404. */
  async solved() {
    if (!(await this.plan())) {
      return false;
    }
    return (await this.jobs()).some((job) => job.bestScore !== null);
  }

  async roadmap() {
    return (await this.solved()) ? this.read('roadmap', () => api.roadmap(this.planId)) : null;
  }

  async explanation() {
    return (await this.solved()) ? this.read(`explanation.${language()}`, () => api.explanation(this.planId)) : null;
  }

  async projection() {
    return (await this.solved()) ? this.read('projection', () => api.projection(this.planId)) : null;
  }
}

/** The components of a plan by id. */
export function componentsById(plan) {
  return new Map(plan.components.map((component) => [component.id, component]));
}

/** The labels of a plan's periods, as the plan names them: 2021, 2021-Q3, 2021-07. */
export function periodLabels(calendar) {
  const perYear = { YEAR: 1, QUARTER: 4, MONTH: 12 }[calendar.periodUnit] || 1;
  const [year, part] = String(calendar.start).split('-');
  const first = Number(year) * perYear + (part ? Number(part.replace('Q', '')) - 1 : 0);
  return Array.from({ length: calendar.periods }, (unused, offset) => {
    const index = first + offset;
    const label = String(Math.floor(index / perYear));
    if (perYear === 4) {
      return `${label}-Q${(index % 4) + 1}`;
    }
    return perYear === 12 ? `${label}-${String((index % 12) + 1).padStart(2, '0')}` : label;
  });
}
