import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { usePermissions } from '../../auth/use-session';
import { problemMessage, translatedProblem } from '../../shared/ui/problem-text';
import { availableListingActions } from './listing-actions';
import { listingReadinessQuery, type ListingAction, type Product } from './products.api';
import { useChangeListing } from './use-product-mutations';

/** Why the API refused: LISTING_NOT_ALLOWED lists each reason (no image, no website price…) as a field error. */
function refusalReasons(error: unknown): string[] {
  if (!(error instanceof ApiProblem)) return [];
  return error.errors.map((fieldError) => fieldError.message);
}

function ActionForm({
  product,
  action,
  onDone,
}: {
  product: Product;
  action: ListingAction;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangeListing(product.id);
  const [failure, setFailure] = useState<unknown>();
  const submit = async ({ comment }: { comment?: string }) => {
    setFailure(undefined);
    try {
      const saved = await change.mutateAsync({ action, comment: comment?.trim() });
      void message.success(t(`products.listing.done.${action}`, { name: saved.name }));
      onDone();
    } catch (error) {
      setFailure(error);
    }
  };
  const reasons = refusalReasons(failure);
  return (
    <Form name="listing-action" layout="vertical" onFinish={submit}>
      <Form.Item
        name="comment"
        label={t('products.listing.comment')}
        extra={t('products.listing.commentHint')}
      >
        <Input autoFocus autoComplete="off" maxLength={500} />
      </Form.Item>
      {failure !== undefined && (
        <Form.Item>
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="listing-refused"
            title={
              failure instanceof ApiProblem
                ? (translatedProblem(t, failure.code) ?? failure.title)
                : problemMessage(t, failure)
            }
            description={
              reasons.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              ) : (
                problemMessage(t, failure)
              )
            }
          />
        </Form.Item>
      )}
      <Flex justify="end" gap="small">
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" danger={action === 'delist'} loading={change.isPending}>
          {t(`products.listing.actions.${action}`)}
        </Button>
      </Flex>
    </Form>
  );
}

/** The listing workflow's next steps for this product, and what still stops it from being listed. */
export function ListingActions({ product }: { product: Product }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const [action, setAction] = useState<ListingAction>();
  const actions = availableListingActions(product.status, can);
  return (
    <Flex gap="small" wrap>
      {actions.map((candidate) => (
        <Button
          key={candidate}
          type={candidate === 'list' || candidate === 'submit' ? 'primary' : 'default'}
          danger={candidate === 'delist'}
          onClick={() => setAction(candidate)}
        >
          {t(`products.listing.actions.${candidate}`)}
        </Button>
      ))}
      <Modal
        open={!!action}
        onCancel={() => setAction(undefined)}
        footer={null}
        destroyOnHidden
        title={action && t(`products.listing.titles.${action}`, { name: product.name })}
      >
        {action && <ActionForm product={product} action={action} onDone={() => setAction(undefined)} />}
      </Modal>
    </Flex>
  );
}

/** Shown on drafts and products in review: what listing would still need (image, website price, margin). */
export function ListingReadinessAlert({ product }: { product: Product }) {
  const { t } = useTranslation();
  const relevant =
    product.status === 'draft' || product.status === 'in_review' || product.status === 'delisted';
  const readiness = useQuery({ ...listingReadinessQuery(product.id), enabled: relevant });
  if (!relevant || !readiness.data) return null;
  if (readiness.data.ready) {
    return (
      <Alert type="success" showIcon title={t('products.listing.ready')} data-testid="listing-readiness" />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      data-testid="listing-readiness"
      title={t('products.listing.notReady')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {readiness.data.blockers.map((blocker) => (
            <li key={blocker}>{blocker}</li>
          ))}
        </ul>
      }
    />
  );
}
