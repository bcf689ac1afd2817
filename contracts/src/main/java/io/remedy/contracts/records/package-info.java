/** Events published by records-service: treatment plans, assessments, red flags and session notes. */
package io.remedy.contracts.records;
