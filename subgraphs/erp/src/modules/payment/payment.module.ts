import { defineModule } from '@nexora/kit';
import { paymentResolvers } from './payment.resolvers';

/** Payments received for posted invoices, each booked in the BANK journal; they settle the invoice. */
export default defineModule({
  name: 'payment',
  resolvers: paymentResolvers,
  mappers: { Payment: './payment.types#PaymentRow' },
  permissions: [
    {
      name: 'erp.payment:write',
      description: 'Record payments received for invoices',
      grantedTo: ['admin', 'member'],
    },
  ],
});
