package io.remedy.console.page;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Pages hold personal data: no browser or proxy keeps a copy (the bundled assets, served elsewhere, are cached). */
public class PageHeaders {

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
