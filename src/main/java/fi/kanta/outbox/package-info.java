/**
 * The outbox and the campaign job's steps after the selection ({@link fi.kanta.outbox.DeliverySteps}):
 * templates and fonts checked before anything is sent, letters printed with their address list,
 * emails sent a claimed batch at a time, each row's status moved forward in a transaction of its
 * own. {@link fi.kanta.outbox.MessageModels} is the data a template gets for one recipient;
 * {@link fi.kanta.outbox.RunContext} names the job parameters that identify a run. Uses the
 * campaign definitions, rendering and delivery; never selection, lists or run.
 */
package fi.kanta.outbox;
