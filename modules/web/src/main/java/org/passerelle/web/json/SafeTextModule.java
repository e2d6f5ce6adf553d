package org.passerelle.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.passerelle.application.input.SafeText;

/**
 * Every JSON string the API reads, whatever the field and however deep (lists included), is
 * checked by {@link SafeText} as it is read: a control character other than tab and line breaks,
 * or an unpaired surrogate, fails the body with {@link UnsafeTextException} (400 naming the field)
 * before the resource runs, hence before any database call. Tab and line breaks pass here, for
 * free text; fields with a grammar of their own refuse them in their use case.
 */
public final class SafeTextModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public SafeTextModule() {
        super("passerelle-safe-text");
        addDeserializer(String.class, new SafeStringDeserializer());
    }

    private static final class SafeStringDeserializer extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        SafeStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            SafeText.Flaw flaw = SafeText.flaw(value, true);
            if (flaw != null) {
                throw new UnsafeTextException(parser, flaw);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }
}
