/**
 * What changed between two versions of a {@code roadmap-plan/1} document: components added and removed, fields
 * changed (by JSON Pointer), caps changed and settings changed. Pure: it compares the documents as stored, so that a
 * field the format does not name is compared too and every pointer is one a client can resolve in the document.
 */
package vn.lotrinh.planner.core.plan.diff;
