package fi.taitoura.capacity;

import fi.taitoura.base.db.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * An instrument as edited in the administration form: plain, mutable, detached from the database. Keys of
 * existing domains and items are kept, so that a new version continues the same series; new ones get keys from
 * the service.
 */
public class InstrumentDraft {

    private String nameFi = "";
    private String nameSv = "";
    private String nameEn = "";
    private String descriptionFi = "";
    private String descriptionSv = "";
    private String descriptionEn = "";
    private RaterMode raterMode = RaterMode.COACH_AND_SELF;
    private ScaleType scaleType = ScaleType.LEVELS;
    private boolean allowNotAssessed;
    private boolean example;
    private final List<Point> points = new ArrayList<>();
    private final List<Domain> domains = new ArrayList<>();

    /** A scale point. */
    public static class Point {
        private Integer value;
        private String labelFi = "";
        private String labelSv = "";
        private String labelEn = "";

        public Point() {
        }

        public Point(Integer value, String labelFi, String labelSv, String labelEn) {
            this.value = value;
            this.labelFi = nz(labelFi);
            this.labelSv = nz(labelSv);
            this.labelEn = nz(labelEn);
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }

        public String getLabelFi() {
            return labelFi;
        }

        public void setLabelFi(String labelFi) {
            this.labelFi = nz(labelFi);
        }

        public String getLabelSv() {
            return labelSv;
        }

        public void setLabelSv(String labelSv) {
            this.labelSv = nz(labelSv);
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = nz(labelEn);
        }
    }

    /** A domain and its items. */
    public static class Domain {
        private String key;
        private String nameFi = "";
        private String nameSv = "";
        private String nameEn = "";
        private final List<Item> items = new ArrayList<>();

        public Domain() {
        }

        public Domain(String key, String nameFi, String nameSv, String nameEn) {
            this.key = key;
            this.nameFi = nz(nameFi);
            this.nameSv = nz(nameSv);
            this.nameEn = nz(nameEn);
        }

        public String getKey() {
            return key;
        }

        void setKey(String key) {
            this.key = key;
        }

        public String getNameFi() {
            return nameFi;
        }

        public void setNameFi(String nameFi) {
            this.nameFi = nz(nameFi);
        }

        public String getNameSv() {
            return nameSv;
        }

        public void setNameSv(String nameSv) {
            this.nameSv = nz(nameSv);
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nz(nameEn);
        }

        public List<Item> getItems() {
            return items;
        }

        public Domain item(String textFi, String textSv, String textEn) {
            items.add(new Item(null, textFi, textSv, textEn));
            return this;
        }
    }

    /** An item of a domain. */
    public static class Item {
        private String key;
        private String textFi = "";
        private String textSv = "";
        private String textEn = "";

        public Item() {
        }

        public Item(String key, String textFi, String textSv, String textEn) {
            this.key = key;
            this.textFi = nz(textFi);
            this.textSv = nz(textSv);
            this.textEn = nz(textEn);
        }

        public String getKey() {
            return key;
        }

        void setKey(String key) {
            this.key = key;
        }

        public String getTextFi() {
            return textFi;
        }

        public void setTextFi(String textFi) {
            this.textFi = nz(textFi);
        }

        public String getTextSv() {
            return textSv;
        }

        public void setTextSv(String textSv) {
            this.textSv = nz(textSv);
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = nz(textEn);
        }
    }

    /** A draft copied from an instrument version (for editing it or basing a new version on it). */
    public static InstrumentDraft of(Instrument instrument) {
        InstrumentDraft d = new InstrumentDraft();
        d.nameFi = nz(instrument.getName().getFi());
        d.nameSv = nz(instrument.getName().getSv());
        d.nameEn = nz(instrument.getName().getEn());
        LocalizedText desc = instrument.getDescription();
        if (desc != null) {
            d.descriptionFi = nz(desc.getFi());
            d.descriptionSv = nz(desc.getSv());
            d.descriptionEn = nz(desc.getEn());
        }
        d.raterMode = instrument.getRaterMode();
        d.scaleType = instrument.getScaleType();
        d.allowNotAssessed = instrument.isAllowNotAssessed();
        d.example = instrument.isExample();
        for (ScalePoint p : instrument.getScalePoints()) {
            d.points.add(new Point(p.getValue(), p.getLabel().getFi(), p.getLabel().getSv(), p.getLabel().getEn()));
        }
        for (InstrumentDomain domain : instrument.getDomains()) {
            Domain dd = new Domain(domain.getKey(), domain.getName().getFi(), domain.getName().getSv(),
                    domain.getName().getEn());
            for (InstrumentItem item : domain.getItems()) {
                dd.items.add(new Item(item.getKey(), item.getText().getFi(), item.getText().getSv(),
                        item.getText().getEn()));
            }
            d.domains.add(dd);
        }
        return d;
    }

    /** A numeric range min..max, labelled with the numbers; the ends can be relabelled afterwards. */
    public InstrumentDraft numericScale(int min, int max) {
        scaleType = ScaleType.NUMERIC;
        points.clear();
        for (int v = min; v <= max; v++) {
            points.add(new Point(v, String.valueOf(v), String.valueOf(v), String.valueOf(v)));
        }
        return this;
    }

    public Domain addDomain(String nameFi, String nameSv, String nameEn) {
        Domain domain = new Domain(null, nameFi, nameSv, nameEn);
        domains.add(domain);
        return domain;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String getNameFi() {
        return nameFi;
    }

    public void setNameFi(String nameFi) {
        this.nameFi = nz(nameFi);
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nz(nameSv);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nz(nameEn);
    }

    public String getDescriptionFi() {
        return descriptionFi;
    }

    public void setDescriptionFi(String descriptionFi) {
        this.descriptionFi = nz(descriptionFi);
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = nz(descriptionSv);
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = nz(descriptionEn);
    }

    public RaterMode getRaterMode() {
        return raterMode;
    }

    public void setRaterMode(RaterMode raterMode) {
        this.raterMode = raterMode;
    }

    public ScaleType getScaleType() {
        return scaleType;
    }

    public void setScaleType(ScaleType scaleType) {
        this.scaleType = scaleType;
    }

    public boolean isAllowNotAssessed() {
        return allowNotAssessed;
    }

    public void setAllowNotAssessed(boolean allowNotAssessed) {
        this.allowNotAssessed = allowNotAssessed;
    }

    public boolean isExample() {
        return example;
    }

    public void setExample(boolean example) {
        this.example = example;
    }

    public List<Point> getPoints() {
        return points;
    }

    public List<Domain> getDomains() {
        return domains;
    }
}
