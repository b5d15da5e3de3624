package se.kundval.catalogue.search;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import se.kundval.catalogue.Offering;

/**
 * The neutral default order (LOV: no provider may be favoured, not even the municipality's own).
 * Each offering gets {@link #ORDERS} pseudo-random sort keys; each visitor is given one of the
 * orders at random and keeps it while browsing, so no provider is always first and paging stays
 * stable and fast.
 */
public class ShuffleBinder implements TypeBinder {

    public static final int ORDERS = 16;

    public static String field(int order) {
        return "shuffle" + Math.floorMod(order, ORDERS);
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("code");
        List<IndexFieldReference<Integer>> fields = new ArrayList<>();
        for (int k = 0; k < ORDERS; k++) {
            fields.add(context.indexSchemaElement()
                    .field(field(k), f -> f.asInteger().sortable(Sortable.YES))
                    .toReference());
        }
        context.bridge(Offering.class, new Bridge(fields));
    }

    /** A well-mixed hash of the offering's code for order k. */
    static int key(String code, int k) {
        long h = code.hashCode() * 0x9E3779B97F4A7C15L + (k + 1) * 0xC2B2AE3D27D4EB4FL;
        h ^= (h >>> 33);
        h *= 0xFF51AFD7ED558CCDL;
        h ^= (h >>> 33);
        return (int) h;
    }

    private record Bridge(List<IndexFieldReference<Integer>> fields) implements TypeBridge<Offering> {
        @Override
        public void write(DocumentElement target, Offering offering, TypeBridgeWriteContext context) {
            for (int k = 0; k < fields.size(); k++) {
                target.addValue(fields.get(k), key(offering.getCode(), k));
            }
        }
    }
}
