// Amounts as Vietnamese finance staff write them, the rules of the service's MoneyFormat mirrored:
// thousands grouped and decimals as the language does (12.345,6 in Vietnamese, 12,345.6 in English), no needless
// decimals, the unit after the amount. exact() keeps the plan's own unit, as the service's sentences and the
// tables do (Đơn vị: triệu đồng); compact() rounds to one decimal and writes large sums in billions (tỷ đồng).
import { language, t, hasText } from './texts.js';

const SCALES = [
  { factor: 1e9, key: 'money.scale.billion' },
  { factor: 1e6, key: 'money.scale.million' },
  { factor: 1e3, key: 'money.scale.thousand' },
];
/** From a hundred billion of the currency on, compact() writes billions: 303,4 tỷ đồng rather than 303.350 triệu. */
const LARGE = 1e11;
const SEPARATORS = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** A number as the page's language writes it, with at most maxDecimals decimals and none needless. */
export function number(value, maxDecimals = 3) {
  const { group, decimal } = SEPARATORS[language()] || SEPARATORS.vi;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole, fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = fraction.replace(/0+$/, '');
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? '-' : '') + grouped + (decimals ? decimal + decimals : '');
}

/** A share 0 … 1 as a percentage: 12,5 %. */
export function percent(share, maxDecimals = 1) {
  return `${number(share * 100, maxDecimals)} %`;
}

function currencyName(currency) {
  const key = `money.currency.${currency}`;
  return hasText(key) ? t(key) : currency;
}

function scaleOf(units) {
  return SCALES.find((scale) => units >= scale.factor) || { factor: 1, key: null };
}

function unitName(scale, currency) {
  return scale.key ? `${t(scale.key)} ${currencyName(currency)}` : currencyName(currency);
}

/**
 * The money of one plan, whose amounts are in moneyUnit of currency.
 * @returns {{unit: string, bare: function(number): string, exact: function(number): string,
 *            compact: function(number): string}}
 */
export function moneyOf(currency = 'VND', moneyUnit = 1e6) {
  const scale = scaleOf(moneyUnit);
  const perUnit = moneyUnit / scale.factor;
  const unit = unitName(scale, currency);
  const billion = SCALES[0];
  return {
    /** The unit exact amounts are written in: triệu đồng. */
    unit,
    /** What a billion of the currency is called, and how many plan units it is: tỷ đồng, 1000. */
    billion: { name: unitName(billion, currency), units: billion.factor / moneyUnit },
    /** An amount without its unit, exact to the thousandth of a plan unit: 12.345,6 */
    bare: (units) => number(units * perUnit, 3),
    /** An amount with its unit, in the plan's own unit: 12.345,6 triệu đồng */
    exact: (units) => `${number(units * perUnit, 3)} ${unit}`,
    /** An amount to one decimal, billions for large sums: 303,4 tỷ đồng */
    compact: (units) => {
      const inCurrency = units * moneyUnit;
      if (Math.abs(inCurrency) >= LARGE && scale.factor < billion.factor) {
        return `${number(inCurrency / billion.factor, 1)} ${unitName(billion, currency)}`;
      }
      return `${number(units * perUnit, 1)} ${unit}`;
    },
  };
}
