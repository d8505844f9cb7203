package fi.kanta.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.thymeleaf.context.AbstractContext;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.engine.TemplateData;

/**
 * Makes a missing variable loud, for the template check only. Thymeleaf answers {@code null} for an
 * unknown name ({@code ${offre.code}}) or map key ({@code ${customer.nickname}}), which would print
 * nothing in 5,000 letters; rendered against a {@link StrictModel.Probe} context, both throw, and
 * Thymeleaf reports the template and line. A known key holding null is fine.
 */
final class StrictModel {

    private StrictModel() {
    }

    /** Whether {@code context} renders a stand-in recipient of the template check. */
    static boolean isProbe(IContext context) {
        return context instanceof Probe || context instanceof StrictEngineContext;
    }

    /** A context whose variables and nested maps refuse unknown names. */
    static final class Probe extends AbstractContext {
        Probe(java.util.Locale locale, Map<String, Object> variables) {
            super(locale, variables);
        }
    }

    /** A map that knows its keys: get() of any other key is an unknown variable. */
    static final class Keys extends LinkedHashMap<String, Object> {
        private final String path;

        Keys(String path) {
            this.path = path;
        }

        Keys with(String key, Object value) {
            put(key, value);
            return this;
        }

        @Override
        public Object get(Object key) {
            if (!containsKey(key)) {
                throw new UnknownVariable(path + "." + key);
            }
            return super.get(key);
        }
    }

    /** The check's failure; Thymeleaf wraps it with the template name and line. */
    static final class UnknownVariable extends RuntimeException {
        private final String name;

        UnknownVariable(String name) {
            super("unknown variable '" + name + "'");
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    /** Hands a strict engine context to probe renders and the standard one to everything else. */
    static final class ContextFactory implements IEngineContextFactory {
        private final IEngineContextFactory standard = new StandardEngineContextFactory();

        @Override
        public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
                Map<String, Object> templateResolutionAttributes, IContext context) {
            if (!(context instanceof Probe)) {
                return standard.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            context.getVariableNames().forEach(name -> variables.put(name, context.getVariable(name)));
            return new StrictEngineContext(configuration, templateData, templateResolutionAttributes,
                    context.getLocale(), variables);
        }
    }

    private static final class StrictEngineContext extends EngineContext {
        StrictEngineContext(IEngineConfiguration configuration, TemplateData templateData,
                Map<String, Object> templateResolutionAttributes, java.util.Locale locale, Map<String, Object> variables) {
            super(configuration, templateData, templateResolutionAttributes, locale, variables);
        }

        @Override
        public Object getVariable(String name) {
            if (!containsVariable(name)) {
                throw new UnknownVariable(name);
            }
            return super.getVariable(name);
        }
    }
}
