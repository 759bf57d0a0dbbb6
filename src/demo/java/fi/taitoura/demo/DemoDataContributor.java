package fi.taitoura.demo;

/**
 * One feature's part of the demo data set. Contributors run once, on the first start of a demo installation, in
 * ascending {@link #order()}, each in its own transaction and with administrator rights.
 */
public interface DemoDataContributor {

    /**
     * Foundation 100, catalogue 200, workplace 300, trainees 400, capacity 500, demonstrations 600, summaries 700,
     * supported employment 800.
     */
    int order();

    void load();
}
