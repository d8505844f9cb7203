package fi.kanta.render;

import java.io.Writer;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;

/**
 * Thymeleaf's own JavaScript serializer (Jackson's when it is on the classpath, as it is here),
 * made when a template first inlines a value into JavaScript. Thymeleaf makes it with every engine,
 * and Jackson's mapper is 500 classes to initialize, which a campaign's email or letter almost never
 * needs: {@code kanta validate} made one per campaign for nothing. The output is the same serializer's.
 */
final class JavaScriptOnUse implements IStandardJavaScriptSerializer {

    private volatile IStandardJavaScriptSerializer serializer;

    @Override
    public void serializeValue(Object object, Writer writer) {
        IStandardJavaScriptSerializer made = serializer;
        if (made == null) {
            synchronized (this) {
                made = serializer;
                if (made == null) {
                    made = new StandardJavaScriptSerializer(true);
                    serializer = made;
                }
            }
        }
        made.serializeValue(object, writer);
    }
}
