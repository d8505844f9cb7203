/**
 * Lists and previews: {@link fi.kanta.lists.ListExports} writes a segment's members or a run's
 * recipients to .xlsx or CSV (streamed by {@link fi.kanta.lists.ListExport}), and
 * {@link fi.kanta.lists.Previews} shows one customer as a run would: selected or not, the template
 * data, the real email and letter. Uses the definitions, the selection and the message models;
 * never the run package.
 */
package fi.kanta.lists;
