package se.kundval.commission.ui;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import se.kundval.commission.FollowUp;
import se.kundval.commission.FollowUpService;
import se.kundval.identity.Role;
import se.kundval.shared.Csv;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.Facts;
import se.kundval.shared.ui.LabelledSection;

/**
 * Follow-up per service type and period: key figures, market share (chart with the same numbers
 * as a table beside it), capacity use, processing times and stale listings; each table can be
 * downloaded as CSV.
 */
@Route("huvudman/uppfoljning")
@RolesAllowed(Role.HUVUDMAN)
class FollowUpView extends Div implements HasDynamicTitle {

    private final FollowUpService followUps;
    private final Div result = new Div();
    private final Div alert = new Div();
    private final Locale locale;
    private final NumberFormat percent;
    private final NumberFormat count;
    private final DateTimeFormatter dates;

    FollowUpView(FollowUpService followUps) {
        this.followUps = followUps;
        this.locale = getLocale();
        this.percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        this.count = NumberFormat.getIntegerInstance(locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        addClassName("follow-up-view");
        alert.addClassName("alert");
        alert.getElement().setAttribute("role", "alert");
        Select<String[]> type = new Select<>();
        type.setLabel(getTranslation("commission.followup.type"));
        List<String[]> types = followUps.serviceTypes(locale);
        type.setItems(types);
        type.setItemLabelGenerator(t -> t[1]);
        type.setValue(types.isEmpty() ? null : types.get(0));
        // The current period (this year so far) is shown at once; any change of service type or
        // dates shows the new figures without a further button.
        FollowUpService.Period period = followUps.currentPeriod();
        DatePicker from = ComponentTexts.datePicker(
                new DatePicker(getTranslation("commission.followup.from"), period.from()), this);
        DatePicker to =
                ComponentTexts.datePicker(new DatePicker(getTranslation("commission.followup.to"), period.to()), this);
        Runnable refresh = () -> show(type.getValue(), from.getValue(), to.getValue());
        type.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        Div row = new Div(type, from, to);
        row.addClassName("field-row");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("commission.followup.heading")), row, alert, result);
        refresh.run();
    }

    private void show(String[] type, LocalDate from, LocalDate to) {
        alert.setText("");
        result.removeAll();
        if (type == null) {
            return;
        }
        FollowUp f;
        try {
            f = followUps.followUp(type[0], from, to, locale);
        } catch (InvalidInputException invalid) {
            alert.setText(getTranslation("commission.followup.invalid"));
            return;
        }
        Facts figures = new Facts()
                .add(getTranslation("commission.followup.choices"), count.format(f.choicesMade()))
                .add(getTranslation("commission.followup.changes"), count.format(f.changes()))
                .add(
                        getTranslation("commission.followup.defaultShare"),
                        percent.format(f.defaultSharePercent()) + " % (" + count.format(f.defaultApplied()) + " / "
                                + count.format(f.defaultApplied() + f.firstChoices()) + ")")
                .add(
                        getTranslation("commission.followup.processing"),
                        f.processingDays().isEmpty()
                                ? "–"
                                : getTranslation(
                                        "commission.followup.processing.value",
                                        percent.format(f.averageProcessingDays()),
                                        f.processingDays().size()))
                .add(
                        getTranslation("commission.followup.stale"),
                        count.format(f.staleListings().size()));
        figures.addClassName("key-figures");
        result.add(new LabelledSection(
                "figures",
                getTranslation("commission.followup.figures", f.serviceTypeName()),
                new Paragraph(
                        getTranslation("commission.followup.period", f.from().format(dates), f.to().format(dates))),
                figures));

        LabelledSection market = new LabelledSection("market", getTranslation("commission.followup.market"));
        if (!f.marketShare().isEmpty()) {
            market.add(chart(f));
        }
        market.add(
                table(
                        "market-table",
                        List.of(
                                getTranslation("commission.followup.col.provider"),
                                getTranslation("commission.followup.col.customers"),
                                getTranslation("commission.followup.col.share")),
                        f.marketShare(),
                        s -> List.of(s.provider(), count.format(s.customers()), percent.format(s.percent()) + " %")),
                csv(
                        "marknadsandelar.csv",
                        List.of("utförare", "kunder", "andel_procent"),
                        f.marketShare(),
                        s -> List.of(
                                s.provider(),
                                String.valueOf(s.customers()),
                                String.format(Locale.ROOT, "%.1f", s.percent()))));
        result.add(market);

        result.add(new LabelledSection(
                "capacity",
                getTranslation("commission.followup.capacity"),
                table(
                        "capacity-table",
                        List.of(
                                getTranslation("commission.followup.col.offering"),
                                getTranslation("commission.followup.col.taken"),
                                getTranslation("commission.followup.col.capacity"),
                                getTranslation("commission.followup.col.share")),
                        f.capacityUse(),
                        c -> List.of(
                                c.offering(),
                                count.format(c.taken()),
                                count.format(c.capacity()),
                                percent.format(c.percent()) + " %")),
                csv(
                        "kapacitet.csv",
                        List.of("utförare", "upptagna", "platser", "andel_procent"),
                        f.capacityUse(),
                        c -> List.of(
                                c.offering(),
                                String.valueOf(c.taken()),
                                String.valueOf(c.capacity()),
                                String.format(Locale.ROOT, "%.1f", c.percent())))));

        result.add(new LabelledSection(
                "stale",
                getTranslation("commission.followup.staleListings"),
                table(
                        "stale-table",
                        List.of(
                                getTranslation("commission.followup.col.offering"),
                                getTranslation("commission.followup.col.lastConfirmed")),
                        f.staleListings(),
                        s -> List.of(
                                s.offering(),
                                s.lastConfirmed() == null
                                        ? getTranslation("commission.followup.neverConfirmed")
                                        : s.lastConfirmed().format(dates))),
                csv(
                        "inaktuella.csv",
                        List.of("utförare", "senast_bekräftad"),
                        f.staleListings(),
                        s -> List.of(
                                s.offering(),
                                s.lastConfirmed() == null
                                        ? ""
                                        : s.lastConfirmed().toString()))));
    }

    /** A bar chart of the market share, drawn on the server; the table beside it has the same numbers. */
    private Component chart(FollowUp f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        f.marketShare()
                .forEach(s -> data.addValue(
                        s.customers(), getTranslation("commission.followup.col.customers"), s.provider()));
        JFreeChart chart = ChartFactory.createBarChart(
                null,
                null,
                getTranslation("commission.followup.col.customers"),
                data,
                PlotOrientation.HORIZONTAL,
                false,
                false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        // Customers are whole people: whole-number ticks, written the Swedish way ("1 234").
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(0x0b, 0x4f, 0x8a));
        byte[] png;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(
                    out, chart, 720, Math.max(160, 40 * f.marketShare().size() + 80));
            png = out.toByteArray();
        } catch (IOException e) {
            return new Paragraph();
        }
        Image image = new Image(
                event -> {
                    event.setContentType("image/png");
                    event.getOutputStream().write(png);
                },
                getTranslation("commission.followup.chart.alt", f.serviceTypeName()));
        image.addClassName("chart");
        image.setMaxWidth("100%");
        return image;
    }

    private <T> Component table(String className, List<String> headers, List<T> rows, Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            return new Paragraph(getTranslation("commission.followup.none"));
        }
        Element table = new Element("table");
        table.getClassList().add(className);
        table.getClassList().add("data-table");
        Element head = new Element("tr");
        headers.forEach(h -> {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(h);
            head.appendChild(th);
        });
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element tbody = new Element("tbody");
        for (T row : rows) {
            Element tr = new Element("tr");
            cells.apply(row).forEach(c -> {
                Element td = new Element("td");
                td.setText(c);
                tr.appendChild(td);
            });
            tbody.appendChild(tr);
        }
        table.appendChild(thead, tbody);
        Div wrapper = new Div();
        wrapper.addClassName("table-scroll");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    /** A CSV download of a table (see {@link Csv}: semicolons, byte-order mark, formula cells neutralised). */
    private <T> Component csv(String fileName, List<String> headers, List<T> rows, Function<T, List<String>> cells) {
        byte[] bytes = Csv.export(headers, rows.stream().map(cells).toList());
        Anchor download = new Anchor(
                event -> {
                    event.setFileName(fileName);
                    event.setContentType("text/csv; charset=UTF-8");
                    event.getOutputStream().write(bytes);
                },
                getTranslation("commission.followup.csv", fileName));
        return new Paragraph(download);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.followup.heading") + " – " + getTranslation("app.title.suffix");
    }
}
