/** {@code /api/v1/rights-requests}: the DPO's register of rights requests and complaints (issue 21). */
package org.passerelle.web.api.rights;
