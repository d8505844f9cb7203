package fi.kanta.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;

/** A DKIM-signed copy of a composed message, counting full write-outs like {@link OutgoingMimeMessage}. */
final class SignedMimeMessage extends DkimMessage implements WrittenCount {

    private volatile int written;

    SignedMimeMessage(MimeMessage composed, DkimSigner signer) throws MessagingException {
        super(composed, signer);
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
        super.writeTo(out, ignoreList);
        written++;
    }

    @Override
    public int timesWritten() {
        return written;
    }
}
