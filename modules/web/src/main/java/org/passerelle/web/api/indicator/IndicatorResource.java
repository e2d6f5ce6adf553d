package org.passerelle.web.api.indicator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.indicator.IndicatorService;

@Path("/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    Caller caller;

    @Inject
    IndicatorService indicators;

    @GET
    @Path("referrals")
    @Operation(
            summary = "Per partner and month (Europe/Paris) of sending: the orientations the caller's CCAS sent,"
                    + " their answers and outcomes, and the median and 90th percentile hours to acknowledgement and to"
                    + " outcome; from/to as YYYY-MM, the last 12 months by default")
    public List<ReferralIndicatorResponse> referrals(@QueryParam("from") String from, @QueryParam("to") String to) {
        return indicators.referrals(caller, from, to).stream()
                .map(ReferralIndicatorResponse::of)
                .toList();
    }
}
