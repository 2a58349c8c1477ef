// A component's card: what it costs, who pays, what it needs and waits for, its window, and why it starts where it
// does (or why it is deferred, and what would bring it in).
import { named, t } from './texts.js';
import { number, percent } from './money.js';
import { el } from './dom.js';

function capexText(capex, money) {
  if (capex === undefined || capex === null) {
    return '—';
  }
  if (typeof capex === 'number') {
    return money.exact(capex);
  }
  if (capex.low === undefined && capex.high === undefined) {
    return money.exact(capex.likely);
  }
  return t('page.card.capexRange', money.bare(capex.low ?? capex.likely), money.bare(capex.likely),
    money.exact(capex.high ?? capex.likely));
}

function dependencies(component, byId) {
  return (component.dependsOn || []).map((entry) => {
    const id = typeof entry === 'string' ? entry : entry.id;
    const lag = typeof entry === 'string' ? 0 : entry.lag || 0;
    const name = byId.get(id) ? byId.get(id).name : id;
    return lag ? t('page.card.dependencyLag', name, lag) : name;
  });
}

function row(label, value) {
  return [el('dt', {}, label), el('dd', {}, value)];
}

/**
 * @param plan the plan document, names of funding sources and resources
 * @param assignment the roadmap's assignment of the component
 * @param explained the explanation's entry of the component (reasons and fix), if any
 */
export function componentCard({ component, plan, byId, assignment, explained, money }) {
  const sources = new Map(plan.fundingSources.map((source) => [source.id, source.name]));
  const resources = new Map((plan.resources || []).map((resource) => [resource.id, resource]));
  const shares = (funding) => Object.entries(funding)
    .map(([source, share]) => t('page.card.share', sources.get(source) || source, percent(share))).join('; ');
  const chosen = assignment && !assignment.deferred && assignment.funding;
  let funding;
  if (chosen) {
    funding = assignment.fundingOption == null ? shares(assignment.funding)
      : t('page.card.fundingChosen', shares(assignment.funding));
  } else if (component.eligibleFunding) {
    funding = t('page.card.fundingOptions', component.eligibleFunding
      .map((option) => (typeof option === 'string' ? shares({ [option]: 1 }) : shares(option))).join(' | '));
  } else {
    funding = shares(component.funding || { [plan.fundingSources[0].id]: 1 });
  }
  const demand = Object.entries(component.demand || {}).map(([id, amount]) => {
    const resource = resources.get(id);
    return t('page.card.demandOf', resource ? resource.name : id, number(amount), resource && resource.unit || '');
  });
  const window = component.earliestStart || component.latestFinish
    ? t('page.card.windowRange', component.earliestStart || '…', component.latestFinish || '…')
    : t('page.card.windowNone');
  const scheduled = assignment && !assignment.deferred;
  const reasons = explained ? explained.reasons : [];
  let why;
  if (!scheduled) {
    why = t('page.card.whyDeferred');
  } else if (component.pinnedStart) {
    why = t('page.card.whyPinned', component.pinnedStart);
  } else if (!reasons.length) {
    why = t('page.card.whyEarliest');
  } else {
    why = t('page.card.whyLater');
  }
  return el('article', { class: 'component-card', id: 'component-card', tabindex: '-1',
    'aria-labelledby': 'component-card-title' },
    el('h3', { id: 'component-card-title' }, component.name),
    el('p', { class: 'muted' }, `${component.id} · ${named('page.layer.', component.layer || '')} · `
      + named('page.priority.', component.priority || 'SHOULD')),
    el('dl', {},
      row(t('page.card.when'), scheduled
        ? t('page.card.schedule', assignment.startPeriod, assignment.finishPeriod, assignment.liveFrom || '—')
        : t('page.card.deferred')),
      row(t('page.card.capex'), capexText(component.capex, money)),
      row(t('page.card.opex'), component.opexPerPeriod ? money.exact(component.opexPerPeriod) : '—'),
      row(t('page.card.funding'), funding),
      row(t('page.card.demand'), demand.length ? demand.join('; ') : '—'),
      row(t('page.card.dependsOn'), dependencies(component, byId).join('; ') || '—'),
      row(t('page.card.window'), window),
      row(t('page.card.value'), number(component.value ?? 1))),
    el('h4', {}, t('page.card.why')),
    el('p', {}, why),
    reasons.length ? el('ul', { class: 'reasons' }, reasons.map((reason) => el('li', {}, reason.text))) : null,
    explained && explained.fix ? el('p', { class: 'fix' }, explained.fix.summary) : null);
}
