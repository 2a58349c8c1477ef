#!/usr/bin/env python3
"""Builds data/vinh-phuc-egov-2.0.json (roadmap-plan/1) from the research tables in ../shared/data/egov/.

Standard library only; the output is deterministic, so re-running it on unchanged tables reproduces the committed
file byte for byte. The derivation rules are described in data/README.md.

    python3 data/tools/build_vinh_phuc_plan.py            # write the plan
    python3 data/tools/build_vinh_phuc_plan.py --report   # also print demand against the caps, year by year
"""
import csv
import json
import math
import sys
from decimal import Decimal
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent
# The research lives in the shared folder beside the checkout; it is read, never copied into the repo.
RESEARCH = DATA.parent.parent / "shared" / "data" / "egov"
OUTPUT = DATA / "vinh-phuc-egov-2.0.json"
# What each component delivers, connects to and replaces in the national framework's catalogue
# (data/framework/khung-2.0.csv), chosen by hand from the catalogue's related components (see data/README.md).
CAPABILITIES = Path(__file__).resolve().parent / "vinh_phuc_capabilities.csv"
FRAMEWORK = "khung-2.0"

FIRST_YEAR = 2021
LAST_YEAR = 2025
YEARS = list(range(FIRST_YEAR, LAST_YEAR + 1))

# Funding codes of the research tables -> budget lines of the plan. Leased services (THUE_DV) and private money (XHH)
# share one line because phases.csv gives them one envelope share (share_XHH_THUE_DV).
FUNDING_LINES = [
    ("NSDP_DTC", "Ngân sách địa phương – vốn đầu tư phát triển", "share_NSDP_DTC"),
    ("NSDP_TX", "Ngân sách địa phương – chi thường xuyên", "share_NSDP_TX"),
    ("NSTW", "Ngân sách trung ương", "share_NSTW"),
    ("XHH_THUE_DV", "Xã hội hóa / thuê dịch vụ", "share_XHH_THUE_DV"),
]
FUNDING_CODE = {"NSDP_DTC": "NSDP_DTC", "NSDP_TX": "NSDP_TX", "NSTW": "NSTW", "THUE_DV": "XHH_THUE_DV",
                "XHH": "XHH_THUE_DV"}
# Lines capped year by year; the leased/private line is capped per phase only, since lease and partner contracts are
# committed for a phase and their yearly payments are negotiable.
YEARLY_LINES = ["NSDP_DTC", "NSDP_TX", "NSTW"]
PHASE_LINE = "XHH_THUE_DV"

PHASES = [
    ("GD1", "Giai đoạn 2021–2022", 2021, 2022),
    ("GD2", "Giai đoạn 2023–2025", 2023, 2025),
]

# Benefit score ranges by priority (an estimate): within its range a component scores higher the more components of
# the plan depend on it, directly or transitively, and the larger it is (rank of likely capex in its priority), half
# and half.
VALUE_RANGE = {"MUST": (80, 100), "SHOULD": (40, 70), "COULD": (10, 40)}

# Implementation staff (an estimate): one person per started 4,000 million VND of likely capex per implementation
# year, at least 1 and at most 5 per component.
STAFF_PER_MILLION_PER_YEAR = 4000
STAFF_MAX = 5
STAFF_CAPACITY = 22
STAFF_CAPACITY_FIRST_YEAR = 16


def read_csv(name):
    with open(RESEARCH / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def number(text):
    d = Decimal(text)
    return int(d) if d == d.to_integral_value() else float(d)


def month_forward_pass(rows):
    """Earliest finish month of every component (months counted from Jan 2020 = 0), finish-to-start."""
    by_id = {r["id"]: r for r in rows}
    finish = {}

    def visit(cid):
        if cid not in finish:
            r = by_id[cid]
            start = (int(r["earliest_year"]) - 2020) * 12
            for p in prerequisites(r):
                start = max(start, visit(p))
            finish[cid] = start + int(r["duration_months"])
        return finish[cid]

    for r in rows:
        visit(r["id"])
    return finish


def prerequisites(row):
    return [p for p in row["prerequisites"].split(";") if p]


def duration_years(row):
    return max(1, math.ceil(int(row["duration_months"]) / 12))


def select(rows):
    """The plan's rows, the ids delivered before the horizon, the ids beyond it, and each kept id's earliest start.

    Earliest starts are calendar years from a yearly forward pass over the kept rows.
    """
    month_finish = month_forward_pass(rows)
    delivered = {r["id"] for r in rows if month_finish[r["id"]] <= (FIRST_YEAR - 2020) * 12}
    kept = [r for r in rows if r["id"] not in delivered]
    # Year-level forward pass over what is left: a component that cannot finish by LAST_YEAR even at its earliest
    # belongs to the 2026-2030 orientation, not to this horizon.
    by_id = {r["id"]: r for r in kept}
    earliest = {}

    def start_of(cid):
        if cid not in earliest:
            r = by_id[cid]
            s = max(int(r["earliest_year"]), FIRST_YEAR)
            for p in prerequisites(r):
                if p in by_id:
                    s = max(s, start_of(p) + duration_years(by_id[p]))
            earliest[cid] = s
        return earliest[cid]

    beyond = {cid for cid in by_id if start_of(cid) + duration_years(by_id[cid]) - 1 > LAST_YEAR}
    for cid in by_id:
        r = by_id[cid]
        if cid not in beyond and start_of(cid) + duration_years(r) - 1 > int(r["latest_year"]):
            sys.exit(f"{cid} cannot finish by its latest year {r['latest_year']} at year granularity")
    plan_rows = [r for r in kept if r["id"] not in beyond]
    for r in plan_rows:
        for p in prerequisites(r):
            if p in beyond:
                sys.exit(f"{r['id']} depends on {p}, which lies beyond the horizon")
    return plan_rows, sorted(delivered), sorted(beyond), earliest


def funding(row):
    lines = []
    for code in row["funding_source"].split(";"):
        line = FUNDING_CODE[code]
        if line not in lines:
            lines.append(line)
    share = 1 / len(lines)
    return {line: share for line in lines}


def transitive_dependents(rows):
    ids = {r["id"] for r in rows}
    dependents = {r["id"]: set() for r in rows}
    for r in rows:
        for p in prerequisites(r):
            if p in ids:
                dependents[p].add(r["id"])
    closure = {}

    def visit(cid):
        if cid not in closure:
            acc = set()
            for d in dependents[cid]:
                acc.add(d)
                acc |= visit(d)
            closure[cid] = acc
        return closure[cid]

    return {cid: len(visit(cid)) for cid in ids}


def values(rows):
    reach = transitive_dependents(rows)
    result = {}
    for priority, (low, high) in VALUE_RANGE.items():
        group = [r for r in rows if r["priority"].upper() == priority]
        most_reach = max((reach[r["id"]] for r in group), default=0)
        by_size = sorted(group, key=lambda r: (Decimal(r["capex_likely_mVND"]), r["id"]))
        for r in group:
            reach_share = reach[r["id"]] / most_reach if most_reach else 0
            size_share = by_size.index(r) / (len(group) - 1) if len(group) > 1 else 0
            result[r["id"]] = low + round((high - low) * (reach_share + size_share) / 2)
    return result


def staff(row):
    per_year = Decimal(row["capex_likely_mVND"]) / duration_years(row)
    return min(STAFF_MAX, max(1, math.ceil(per_year / STAFF_PER_MILLION_PER_YEAR)))


def capabilities():
    with CAPABILITIES.open(encoding="utf-8", newline="") as f:
        return {r["component"]: {k: r[k].split(";") for k in ("delivers", "connects", "replaces") if r[k]}
                for r in csv.DictReader(f)}


def component(row, plan_ids, value, capability):
    layer = row["layer"].upper()
    c = {
        "id": row["id"],
        "name": row["name_vi"],
        "layer": layer,
        **capability,
        "priority": row["priority"].upper(),
        "value": value,
        "duration": duration_years(row),
        "capex": {"low": number(row["capex_low_mVND"]), "likely": number(row["capex_likely_mVND"]),
                  "high": number(row["capex_high_mVND"])},
    }
    opex = number(row["opex_per_year_mVND"])
    if opex:
        c["opexPerPeriod"] = opex
    c["funding"] = funding(row)
    c["demand"] = {"STAFF": staff(row)}
    deps = [p for p in prerequisites(row) if p in plan_ids]
    if deps:
        c["dependsOn"] = deps
    if int(row["earliest_year"]) > FIRST_YEAR:
        c["earliestStart"] = row["earliest_year"]
    if int(row["latest_year"]) < LAST_YEAR:
        c["latestFinish"] = row["latest_year"]
    return c


def budgets(phase_rows):
    shares = {}
    result = []
    for r in phase_rows:
        if r["row_type"] == "year" and FIRST_YEAR <= int(r["year"]) <= LAST_YEAR:
            envelope = Decimal(r["capex_envelope_likely_mVND"])
            for line, _, column in FUNDING_LINES:
                shares[(line, int(r["year"]))] = envelope * Decimal(r[column])
    for line in YEARLY_LINES:
        for year in YEARS:
            result.append({"fundingSource": line, "period": str(year), "amount": number(shares[(line, year)])})
    for phase_id, _, first, last in PHASES:
        total = sum(shares[(PHASE_LINE, y)] for y in range(first, last + 1))
        result.append({"fundingSource": PHASE_LINE, "phase": phase_id, "amount": number(total)})
    return result


def build():
    rows = read_csv("components.csv")
    phase_rows = read_csv("phases.csv")
    plan_rows, delivered, beyond, earliest = select(rows)
    plan_ids = {r["id"] for r in plan_rows}
    value = values(plan_rows)
    capability = capabilities()
    unknown = set(capability) - plan_ids
    if unknown:
        raise SystemExit(f"{CAPABILITIES.name} names components the plan does not have: {sorted(unknown)}")
    plan = {
        "format": "roadmap-plan/1",
        "name": "Kiến trúc Chính quyền điện tử tỉnh Vĩnh Phúc 2.0 – danh mục đầu tư 2021–2025",
        "description": (
            "Sample portfolio of Vĩnh Phúc's e-Government Architecture 2.0 (QĐ 2795/QĐ-UBND, 11/2020) for 2021–2025. "
            "Amounts in million VND at 2021 prices. Capex figures marked SOURCE in shared/data/egov/components.csv "
            "come from published provincial programmes; every other figure, the yearly envelopes, benefit scores "
            "and staff demand are planning estimates (see data/README.md). Already delivered in 2020: "
            + ", ".join(delivered) + "."),
        "currency": "VND",
        "moneyUnit": 1000000,
        "framework": FRAMEWORK,
        "calendar": {"periodUnit": "YEAR", "start": str(FIRST_YEAR), "periods": len(YEARS)},
        "phases": [{"id": p, "name": n, "firstPeriod": str(f), "lastPeriod": str(l)} for p, n, f, l in PHASES],
        "fundingSources": [{"id": i, "name": n} for i, n, _ in FUNDING_LINES],
        "resources": [{"id": "STAFF", "name": "Cán bộ triển khai", "unit": "người"}],
        "budgets": budgets(phase_rows),
        "capacities": [{"resource": "STAFF", "amount": STAFF_CAPACITY},
                       {"resource": "STAFF", "period": str(FIRST_YEAR), "amount": STAFF_CAPACITY_FIRST_YEAR}],
        "economics": {"baseYear": FIRST_YEAR, "inflationRate": 0.04, "discountRate": 0.08, "opexInBudget": False,
                      "estimateDistribution": "PERT", "costCorrelation": 0.3},
        "components": [component(r, plan_ids, value[r["id"]], capability.get(r["id"], {})) for r in plan_rows],
    }
    return plan, delivered, beyond, earliest


def report(plan, earliest):
    """Spending and staff per year when every component starts at its earliest year, against the caps."""
    comps = plan["components"]
    lines = [f["id"] for f in plan["fundingSources"]]
    opex_counts = plan["economics"]["opexInBudget"]
    staff_cap = {str(y): STAFF_CAPACITY for y in YEARS}
    staff_cap.update({c["period"]: c["amount"] for c in plan["capacities"] if "period" in c})
    for label, subset in (("MUST at earliest", [c for c in comps if c["priority"] == "MUST"]),
                          ("ALL at earliest", comps)):
        print(label)
        by_phase = {}
        for year in YEARS:
            spend = {line: 0.0 for line in lines}
            staff_used = 0
            for c in subset:
                s, d = earliest[c["id"]], c["duration"]
                capex = c["capex"]["likely"] / d if s <= year < s + d else 0
                opex = c.get("opexPerPeriod", 0) if opex_counts and year >= s + d else 0
                for line, share in c["funding"].items():
                    spend[line] += share * (capex + opex)
                if s <= year < s + d:
                    staff_used += c["demand"]["STAFF"]
            phase = next(p for p, _, f, l in PHASES if f <= year <= l)
            for line in lines:
                by_phase[(line, phase)] = by_phase.get((line, phase), 0) + spend[line]
            caps = {b["fundingSource"]: b["amount"] for b in plan["budgets"] if b.get("period") == str(year)}
            print(f"  {year}: " + "  ".join(f"{l} {spend[l]:7.0f}/{caps.get(l, '-')}" for l in lines)
                  + f"  STAFF {staff_used}/{staff_cap[str(year)]}")
        for b in plan["budgets"]:
            if "phase" in b:
                print(f"  {b['fundingSource']} {b['phase']}: {by_phase[(b['fundingSource'], b['phase'])]:.0f}/{b['amount']}")


def main():
    plan, delivered, beyond, earliest = build()
    text = json.dumps(plan, ensure_ascii=False, indent=2) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(DATA.parent)}: {len(plan['components'])} components; "
          f"delivered before 2021: {', '.join(delivered)}; beyond 2025: {', '.join(beyond)}")
    if "--report" in sys.argv:
        report(plan, earliest)


if __name__ == "__main__":
    main()
