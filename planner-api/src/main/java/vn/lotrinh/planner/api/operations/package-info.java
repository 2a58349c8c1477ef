/** What operators watch: the solve pool's health, the service's meters and its start-up report. */
package vn.lotrinh.planner.api.operations;
