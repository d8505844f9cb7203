package fi.kanta.delivery;

/** A message that knows how many times it was written out to the end (see {@link OutgoingMimeMessage}). */
interface WrittenCount {

    int timesWritten();
}
